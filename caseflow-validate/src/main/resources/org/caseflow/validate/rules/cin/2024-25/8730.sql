-- code: 8730
-- severity: error
-- tables: ChildProtectionPlans
-- fields: NumberOfPreviousCPP
-- message: Total Number of previous Child Protection Plans missing
-- reading: missing, or a negative number
SELECT p.child_id, p.row_no, p.previous_plans
FROM v_cp_plan p
WHERE p.previous_plans IS NULL OR p.previous_plans < 0
