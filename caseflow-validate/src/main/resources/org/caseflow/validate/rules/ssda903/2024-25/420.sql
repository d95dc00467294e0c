-- code: 420
-- severity: error
-- tables: Episodes
-- fields: PL_LA
-- message: LA of placement completed but child is looked after under legal status V3 or V4.
-- reading: PL_LA is worked out at import from PL_POST, so this flags a PL_POST given for a short
--   break (V3 or V4) that the directory places
SELECT e.child_id, e.row_no, e.placement_la
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4')
  AND e.placement_la IS NOT NULL
