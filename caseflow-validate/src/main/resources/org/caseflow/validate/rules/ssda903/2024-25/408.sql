-- code: 408
-- severity: error
-- tables: Episodes
-- fields: PLACE,LS
-- message: Child is placed for adoption with a placement order, but no placement order has been
--   recorded.
-- reading: placements A5 and A6 (placed for adoption with a placement order) need legal status E1
SELECT e.child_id, e.row_no, e.placement_type, e.legal_status
FROM v_cla_episode e
WHERE e.placement_type IN ('A5', 'A6') AND coalesce(e.legal_status, '') <> 'E1'
