-- code: 1015
-- severity: error
-- tables: Episodes
-- fields: PL_LA
-- message: Placement provider is own provision but child not placed in own LA.
-- reading: provider PR1 (the council's own provision) with a PL_LA other than the council's code
--   (or none), except in foster and adoption placements (A3 to A6, U1 to U6) and under V3 or V4
SELECT e.child_id, e.row_no, e.placement_la
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_provider = 'PR1'
  AND e.placement_type IS NOT NULL
  AND e.placement_type NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
  AND e.legal_status IS NOT NULL
  AND e.legal_status NOT IN ('V3', 'V4')
  AND e.placement_la IS DISTINCT FROM r.la
