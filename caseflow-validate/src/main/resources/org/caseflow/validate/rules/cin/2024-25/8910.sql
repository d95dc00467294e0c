-- code: 8910
-- severity: error
-- tables: ChildProtectionPlans
-- fields: LatestCategoryOfAbuse
-- message: Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN
--   Census code set)
SELECT p.child_id, p.row_no, p.latest_category
FROM v_cp_plan p
WHERE p.latest_category IS NULL
  OR p.latest_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
