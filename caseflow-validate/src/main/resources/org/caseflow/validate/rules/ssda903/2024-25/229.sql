-- code: 229
-- severity: error
-- tables: Episodes,Provider Info
-- fields: URN,PLACE_PROVIDER
-- message: Placement provider does not match between the placing authority and the local
--   authority code of the provider.
-- reading: for a URN on the list owned by a local authority, in a council whose code caseflow
--   knows from its name, PR1 (own provision) needs that council to be the placing council and
--   PR2 (another council's) a different one
SELECT e.child_id, e.row_no, e.urn, e.placement_provider
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.urn IS NOT NULL
  AND e.placement_provider IN ('PR1', 'PR2')
  AND EXISTS (
    SELECT 1 FROM v_ofsted_provider p
    WHERE p.urn = upper(replace(e.urn, ' ', ''))
      AND position('local authority' IN lower(coalesce(p.ownership, ''))) > 0
      AND p.la_code IS NOT NULL
      AND ((e.placement_provider = 'PR1' AND p.la_code <> r.la)
        OR (e.placement_provider = 'PR2' AND p.la_code = r.la)))
