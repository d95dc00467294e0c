-- code: 4012Q
-- severity: query
-- tables: CINplanDates
-- fields: CINPlanStartDate,CINPlanEndDate
-- message: Please check and either amend or provide a reason: CIN Plan shown as starting and
--   ending on the same day
SELECT c.child_id, c.row_no, c.start_date, c.end_date
FROM v_cin_plan c
WHERE c.end_date = c.start_date
