-- code: 526
-- severity: error
-- tables: Episodes
-- fields: PLACE,PLACE_PROVIDER
-- message: Child is missing a placement provider code for at least one episode.
-- reading: temporary placements (T0 to T4) and other placements (Z1, and Z11 to Z14 that replace it
--   from 2025-26) need no provider
SELECT e.child_id, e.row_no, e.placement_type, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider IS NULL
  AND coalesce(e.placement_type, '')
    NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14')
