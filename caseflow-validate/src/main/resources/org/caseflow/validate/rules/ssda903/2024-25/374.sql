-- code: 374
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Child in residential employment should be at least 14 years old.
-- reading: placement P3 (residential employment) starting before the child's 14th birthday
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.placement_type = 'P3'
  AND age_years(c.birth_date, e.start_date) < 14
