-- code: 527
-- severity: error
-- tables: Episodes
-- fields: PLACE,PLACE_PROVIDER
-- message: A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.
SELECT e.child_id, e.row_no, e.placement_type, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider = 'PR1'
  AND e.placement_type IN ('P1', 'R2', 'R5')
