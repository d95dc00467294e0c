-- code: 382
-- severity: error
-- tables: Episodes
-- fields: LS,PLACE
-- message: A child receiving respite care cannot be in a temporary placement.
SELECT e.child_id, e.row_no, e.legal_status, e.placement_type
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4') AND e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
