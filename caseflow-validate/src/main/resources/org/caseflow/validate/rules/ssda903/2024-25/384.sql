-- code: 384
-- severity: error
-- tables: Episodes
-- fields: PLACE,LS
-- message: A child receiving respite care cannot be in a long-term foster placement
-- reading: long-term foster placements are U1 and U4
SELECT e.child_id, e.row_no, e.placement_type, e.legal_status
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4') AND e.placement_type IN ('U1', 'U4')
