-- code: 4014
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanStartDate,CINPlanEndDate
-- message: CIN Plan data contains overlapping dates
-- reading: across all the child's CIN episodes: a plan whose start falls on or after another
--   plan's start and on or before its end (or the reference date when it has no end); a plan
--   starting the day another ends overlaps it, and two plans starting the same day are both
--   flagged; reports the other plan's dates
SELECT c.child_id, c.row_no, o.start_date, o.end_date
FROM v_cin_plan c
JOIN v_cin_plan o ON o.child_id = c.child_id AND o.row_no <> c.row_no
CROSS JOIN v_return r
WHERE c.start_date >= o.start_date
  AND c.start_date <= coalesce(o.end_date, r.reference_date)
