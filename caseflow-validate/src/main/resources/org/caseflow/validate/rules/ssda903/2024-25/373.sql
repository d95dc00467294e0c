-- code: 373
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Child placed in a school should be at least 4 years old.
-- reading: placement S1 (residential school) starting before the child's 4th birthday
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.placement_type = 'S1'
  AND age_years(c.birth_date, e.start_date) < 4
