-- code: 164
-- severity: error
-- tables: Episodes
-- fields: PL_DISTANCE
-- message: Distance is not valid. Please check a valid postcode has been entered.
-- reading: PL_DISTANCE is worked out at import from the postcodes; a distance recorded outside
--   0.0 to 999.9 miles fails, except under legal status V3 or V4 (a missing one is rule 392a's)
SELECT e.child_id, e.row_no, CAST(CAST(e.placement_distance AS DECIMAL(6, 1)) AS VARCHAR)
FROM v_cla_episode e
WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND (e.placement_distance < 0 OR e.placement_distance > 999.9)
