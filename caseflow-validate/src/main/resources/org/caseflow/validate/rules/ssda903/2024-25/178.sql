-- code: 178
-- severity: error
-- tables: Episodes
-- fields: PLACE_PROVIDER
-- message: Placement provider code is not a valid code.
-- reading: a provider given for a placement that has none (T0 to T4, Z1 and from 2025-26 Z11 to
--   Z14) is not valid either; a blank provider is not checked here
SELECT e.child_id, e.row_no, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider NOT IN ('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5')
   OR (e.placement_provider IS NOT NULL
       AND e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'))
