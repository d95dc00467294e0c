-- code: 224
-- severity: error
-- tables: Episodes,Provider Info
-- fields: PLACE_PROVIDER
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not
--   match the placement provider recorded.
-- reading: the provider's ownership gives its placement providers: local authority PR1 or PR2,
--   health authority PR3, private PR4, voluntary PR5; a URN not on the list (rule 1008) or of
--   another ownership is not checked
WITH provider_owner AS (
  SELECT p.urn,
    CASE
      WHEN position('local authority' IN lower(p.ownership)) > 0 THEN ',PR1,PR2,'
      WHEN position('health' IN lower(p.ownership)) > 0 THEN ',PR3,'
      WHEN position('private' IN lower(p.ownership)) > 0 THEN ',PR4,'
      WHEN position('voluntary' IN lower(p.ownership)) > 0 THEN ',PR5,'
    END AS codes
  FROM v_ofsted_provider p
)
SELECT e.child_id, e.row_no, e.placement_provider
FROM v_cla_episode e
WHERE e.urn IS NOT NULL
  AND e.placement_provider IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM provider_owner k
    WHERE k.urn = upper(replace(e.urn, ' ', '')) AND k.codes IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM provider_owner k
    WHERE k.urn = upper(replace(e.urn, ' ', ''))
      AND position(',' || e.placement_provider || ',' IN k.codes) > 0)
