-- code: 4010
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanStartDate
-- message: CIN Plan start date is missing or out of data collection period
-- reading: missing, or after the reference date; a plan that started in an earlier year and is
--   still reported is not out of the period
SELECT c.child_id, c.row_no, c.start_date
FROM v_cin_plan c, v_return r
WHERE c.start_date IS NULL OR c.start_date > r.reference_date
