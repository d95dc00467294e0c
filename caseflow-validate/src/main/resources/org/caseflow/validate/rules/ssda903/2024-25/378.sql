-- code: 378
-- severity: error
-- tables: Episodes
-- fields: PLACE,LS
-- message: A child who is placed with parent(s) cannot be looked after under a single period of
--   accommodation under Section 20 of the Children Act 1989.
SELECT e.child_id, e.row_no, e.placement_type, e.legal_status
FROM v_cla_episode e
WHERE e.placement_type = 'P1' AND e.legal_status = 'V2'
