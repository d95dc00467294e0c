-- code: 1000
-- severity: error
-- tables: Episodes,OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: This child is recorded as having died in care and therefore should not have the care
--   leaver information completed.
-- reading: an episode of the return ending E2 (died) and any of IN_TOUCH, ACTIV, ACCOM given; the
--   row is the E2 episode's
SELECT e.child_id, e.row_no, o.in_touch, o.activity, o.accommodation
FROM v_cla_episode e
JOIN v_care_leaver o ON o.child_id = e.child_id
WHERE e.reason_ceased = 'E2'
  AND (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
