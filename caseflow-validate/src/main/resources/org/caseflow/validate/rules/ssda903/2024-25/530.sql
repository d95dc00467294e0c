-- code: 530
-- severity: error
-- tables: Episodes
-- fields: PLACE,PLACE_PROVIDER
-- message: A placement provider code of PR4 cannot be associated with placement P1.
SELECT e.child_id, e.row_no, e.placement_type, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider = 'PR4'
  AND e.placement_type IN ('P1')
