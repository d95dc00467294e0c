-- code: 213
-- severity: error
-- tables: Episodes
-- fields: PLACE_PROVIDER
-- message: Placement provider information not required.
SELECT e.child_id, e.row_no, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND e.placement_provider IS NOT NULL
