-- code: 1002
-- severity: error
-- tables: Episodes,OC3,Episodes_last
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: This child has no previous episodes of care, therefore should not have care leaver
--   information recorded.
-- reading: no episode in this return, last year's (which must be loaded) or any earlier year's
--   loaded; the finding is the child's
SELECT o.child_id, CAST(NULL AS INTEGER), o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM v_cla_episode e WHERE e.child_id = o.child_id)
  AND NOT EXISTS (SELECT 1 FROM last_cla_episode e WHERE e.child_id = o.child_id)
  AND NOT EXISTS (SELECT 1 FROM hist_cla_episode e WHERE e.child_id = o.child_id)
