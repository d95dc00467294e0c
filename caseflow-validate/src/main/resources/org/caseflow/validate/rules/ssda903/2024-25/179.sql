-- code: 179
-- severity: error
-- tables: Episodes
-- fields: PL_LOCATION
-- message: Placement location code is not a valid code.
-- reading: a PL_LOCATION present that is neither IN nor OUT (caseflow derives IN or OUT at import,
--   so only a value put in the store by other means fails)
SELECT e.child_id, e.row_no, e.placement_location
FROM v_cla_episode e
WHERE e.placement_location IS NOT NULL
  AND e.placement_location NOT IN ('IN', 'OUT')
