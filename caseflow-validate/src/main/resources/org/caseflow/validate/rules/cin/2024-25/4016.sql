-- code: 4016
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanStartDate,CPPstartDate,CPPendDate
-- message: A CIN Plan has been reported as open at the same time as a Child Protection Plan.
-- reading: across all the child's CIN episodes: a CIN plan starting on or after a CP plan's
--   start and before its end (or on or before the reference date when it has no end); starting
--   the day the CP plan ends is allowed (a step down), starting the day it starts is not; one
--   finding per CP plan it falls in
SELECT c.child_id, c.row_no, c.start_date, p.start_date, p.end_date
FROM v_cin_plan c
JOIN v_cp_plan p ON p.child_id = c.child_id
CROSS JOIN v_return r
WHERE c.start_date >= p.start_date
  AND ((p.end_date IS NOT NULL AND c.start_date < p.end_date)
    OR (p.end_date IS NULL AND c.start_date <= r.reference_date))
