-- code: 8935
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPendDate
-- message: This child is showing more than one open Child Protection plan, i.e. with no End Date
-- reading: across all the child's CIN episodes: every open CP plan of a child that has more
--   than one
SELECT p.child_id, p.row_no, p.end_date
FROM v_cp_plan p
WHERE p.end_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_cp_plan o
    WHERE o.child_id = p.child_id AND o.row_no <> p.row_no AND o.end_date IS NULL)
