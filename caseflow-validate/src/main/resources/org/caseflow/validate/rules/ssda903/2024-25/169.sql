-- code: 169
-- severity: error
-- tables: Episodes
-- fields: PL_LA
-- message: Local Authority (LA) of placement is not valid or is missing. Please check a valid
--   postcode has been entered.
-- reading: PL_LA is worked out at import from PL_POST, so it is valid when present; it fails when
--   missing (no PL_POST, or one not in the ONS Postcode Directory) unless the legal status is V3
--   or V4
SELECT e.child_id, e.row_no, e.placement_la
FROM v_cla_episode e
WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND e.placement_la IS NULL
