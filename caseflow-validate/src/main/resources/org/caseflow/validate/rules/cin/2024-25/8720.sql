-- code: 8720
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,ReferenceDate
-- message: Child Protection Plan Start Date missing or out of data collection period
-- reading: missing, or after the reference date; a plan that started in an earlier year and is
--   still reported is not out of the period
SELECT p.child_id, p.row_no, p.start_date, r.reference_date
FROM v_cp_plan p, v_return r
WHERE p.start_date IS NULL OR p.start_date > r.reference_date
