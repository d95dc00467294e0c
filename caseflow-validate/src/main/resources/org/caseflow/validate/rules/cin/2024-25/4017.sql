-- code: 4017
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanStartDate,CINPlanEndDate,CPPstartDate
-- message: A CIN Plan has been reported as open at the same time as a Child Protection Plan.
-- reading: across all the child's CIN episodes: a CP plan starting on or after a CIN plan's
--   start and before its end (or on or before the reference date when it has no end), located
--   at the CIN plan; starting the day the CIN plan ends is allowed (a step up), starting the day
--   it starts is not; one finding per CP plan
SELECT c.child_id, c.row_no, c.start_date, c.end_date, p.start_date
FROM v_cin_plan c
JOIN v_cp_plan p ON p.child_id = c.child_id
CROSS JOIN v_return r
WHERE p.start_date >= c.start_date
  AND ((c.end_date IS NOT NULL AND p.start_date < c.end_date)
    OR (c.end_date IS NULL AND p.start_date <= r.reference_date))
