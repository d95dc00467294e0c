-- code: 371
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Child in supported accomodation not subject to children’s homes regulations should be at
--   least 16.
-- reading: placement K3 (supported accommodation) starting before the child's 16th birthday; the
--   birthday itself is old enough
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.placement_type = 'K3'
  AND age_years(c.birth_date, e.start_date) < 16
