-- code: 372
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Child in youth custody or prison should be at least 10.
-- reading: placement R5 (young offender institution or prison) starting before the child's 10th
--   birthday
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.placement_type = 'R5'
  AND age_years(c.birth_date, e.start_date) < 10
