-- code: 146
-- severity: error
-- tables: Episodes
-- fields: PLACE
-- message: Placement type code is not a valid code.
-- reading: the list of the year: K3 from 2024-25; H5, P2 and Z1 until 2024-25 (open episodes
--   crossing into that year); Z11 to Z14 from 2025-26. A blank PLACE is reported by the reader as a
--   missing required field
SELECT e.child_id, e.row_no, e.placement_type
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_type NOT IN (
    'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1',
    'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
  AND NOT (r.collection_year >= 2025 AND e.placement_type = 'K3')
  AND NOT (r.collection_year <= 2025 AND e.placement_type IN ('H5', 'P2', 'Z1'))
  AND NOT (r.collection_year >= 2026 AND e.placement_type IN ('Z11', 'Z12', 'Z13', 'Z14'))
