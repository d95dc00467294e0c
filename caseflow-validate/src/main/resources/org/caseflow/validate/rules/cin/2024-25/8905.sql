-- code: 8905
-- severity: error
-- tables: ChildProtectionPlans
-- fields: InitialCategoryOfAbuse
-- message: Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN
--   Census code set)
SELECT p.child_id, p.row_no, p.initial_category
FROM v_cp_plan p
WHERE p.initial_category IS NULL
  OR p.initial_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
