-- code: 4011
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanEndDate,CINPlanStartDate
-- message: CIN Plan End Date earlier than Start Date
SELECT c.child_id, c.row_no, c.end_date, c.start_date
FROM v_cin_plan c
WHERE c.end_date < c.start_date
