-- code: 1002
-- severity: error
-- tables: Episodes,OC3,Episodes_last
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: This child has no previous episodes of care, therefore should not have care leaver
--   information recorded.
-- reading: no episode in this return, last year's (which must be loaded) or any earlier year's
--   loaded; the finding is the child's. A care leaver was looked after at 16 or later, so the
--   rule judges only a young person whose 16th birthday falls in a loaded year (or whose date of
--   birth is unknown): one who turned 16 before the earliest loaded return may have had all their
--   care in years not loaded, the false positive the DfE's own tool warns of
SELECT o.child_id, CAST(NULL AS INTEGER), o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
CROSS JOIN v_return r
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM v_cla_episode e WHERE e.child_id = o.child_id)
  AND NOT EXISTS (SELECT 1 FROM last_cla_episode e WHERE e.child_id = o.child_id)
  AND NOT EXISTS (SELECT 1 FROM hist_cla_episode e WHERE e.child_id = o.child_id)
  AND NOT EXISTS (
    SELECT 1 FROM v_child c
    WHERE c.child_id = o.child_id AND c.birth_date IS NOT NULL
      AND EXTRACT(YEAR FROM add_months(c.birth_date, 192))
          + CASE WHEN EXTRACT(MONTH FROM add_months(c.birth_date, 192)) >= 4 THEN 1 ELSE 0 END
          < (SELECT min(h.collection_year) FROM hist_child h))
