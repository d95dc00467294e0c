-- code: 8940
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,CPPendDate
-- message: Child Protection Plan data contains overlapping dates
-- reading: across all the child's CIN episodes: a plan whose start falls on or after another
--   plan's start and on or before its end (or the reference date when it has no end); a plan
--   starting the day another ends overlaps it, and two plans starting the same day are both
--   flagged; reports the other plan's dates
SELECT p.child_id, p.row_no, o.start_date, o.end_date
FROM v_cp_plan p
JOIN v_cp_plan o ON o.child_id = p.child_id AND o.row_no <> p.row_no
CROSS JOIN v_return r
WHERE p.start_date >= o.start_date
  AND p.start_date <= coalesce(o.end_date, r.reference_date)
