-- code: 221
-- severity: error
-- tables: Episodes,Provider Info
-- fields: PL_POST
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not
--   match the placement postcode provided.
-- reading: for placements K1, K2, R3 and S1 not under V3 or V4 with a URN on the list that has a
--   postcode, PL_POST (spaces ignored) must be the provider's postcode in full, its sector (the
--   full postcode less its last two characters) or its district (less its last three)
WITH provider_post AS (
  SELECT p.urn, upper(replace(p.postcode, ' ', '')) AS post
  FROM v_ofsted_provider p
  WHERE p.postcode IS NOT NULL
)
SELECT e.child_id, e.row_no, e.placement_postcode
FROM v_cla_episode e
WHERE e.urn IS NOT NULL
  AND e.placement_postcode IS NOT NULL
  AND e.placement_type IN ('K1', 'K2', 'R3', 'S1')
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND EXISTS (SELECT 1 FROM provider_post k WHERE k.urn = upper(replace(e.urn, ' ', '')))
  AND NOT EXISTS (
    SELECT 1 FROM provider_post k
    WHERE k.urn = upper(replace(e.urn, ' ', ''))
      AND upper(replace(e.placement_postcode, ' ', '')) IN (
        k.post,
        substring(k.post FROM 1 FOR length(k.post) - 2),
        substring(k.post FROM 1 FOR length(k.post) - 3)))
