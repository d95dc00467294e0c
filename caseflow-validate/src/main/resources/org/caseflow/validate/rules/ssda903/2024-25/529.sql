-- code: 529
-- severity: error
-- tables: Episodes
-- fields: PLACE,PLACE_PROVIDER
-- message: Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2
--   and U1 to U6 as these placements cannot be provided by other public organisations.
SELECT e.child_id, e.row_no, e.placement_type, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider = 'PR3'
  AND e.placement_type IN ('P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
