-- code: 219
-- severity: error
-- tables: Episodes,Provider Info
-- fields: URN,PLACE
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not
--   match the placement type recorded.
-- reading: the provider's type gives its placement types: secure children's home K1, children's
--   home K2, supported accommodation K3 (H5 until 2023-24), residential school S1, residential
--   family centre R3, fostering agency U1 to U6, adoption agency A3 to A6; a URN not on the list
--   (rule 1008) or of another type is not checked
WITH provider_place AS (
  SELECT p.urn,
    CASE
      WHEN position('secure' IN lower(p.provider_type)) > 0 THEN ',K1,'
      WHEN position('children' IN lower(p.provider_type)) > 0
        AND position('home' IN lower(p.provider_type)) > 0 THEN ',K2,'
      WHEN position('supported accommodation' IN lower(p.provider_type)) > 0 THEN ',K3,H5,'
      WHEN position('school' IN lower(p.provider_type)) > 0
        OR position('college' IN lower(p.provider_type)) > 0 THEN ',S1,'
      WHEN position('family centre' IN lower(p.provider_type)) > 0 THEN ',R3,'
      WHEN position('fostering' IN lower(p.provider_type)) > 0 THEN ',U1,U2,U3,U4,U5,U6,'
      WHEN position('adoption' IN lower(p.provider_type)) > 0 THEN ',A3,A4,A5,A6,'
    END AS codes
  FROM v_ofsted_provider p
)
SELECT e.child_id, e.row_no, e.urn, e.placement_type
FROM v_cla_episode e
WHERE e.urn IS NOT NULL
  AND e.placement_type IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM provider_place k
    WHERE k.urn = upper(replace(e.urn, ' ', '')) AND k.codes IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM provider_place k
    WHERE k.urn = upper(replace(e.urn, ' ', ''))
      AND position(',' || e.placement_type || ',' IN k.codes) > 0)
