-- code: 1008
-- severity: error
-- tables: Episodes,Provider Info
-- fields: URN
-- message: Ofsted Unique Reference Number (URN) is not valid.
-- reading: a URN given (other than XXXXXXX) is valid when the Ofsted provider list dated nearest
--   the reference date holds it (spaces and case ignored)
SELECT e.child_id, e.row_no, e.urn
FROM v_cla_episode e
WHERE e.urn IS NOT NULL
  AND upper(replace(e.urn, ' ', '')) <> 'XXXXXXX'
  AND NOT EXISTS (
    SELECT 1 FROM v_ofsted_provider p WHERE p.urn = upper(replace(e.urn, ' ', '')))
