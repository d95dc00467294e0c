-- id: LA11
-- name: Children looked after by placement type
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) by the placement type of the open episode, in DfE's groups: foster placements (U1 to U6); placed for adoption (A3 to A6); placed with parents (P1); secure units and children's homes (K1, K2); independent and semi-independent living or supported accommodation (H5, P2, K3); other residential settings (R1, R2, R3, R5); residential schools (S1); other placements (Z1, Z11 to Z14, P3, T0 to T4).
-- numerator: children looked after at the period end, by placement type
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- breakdown: placement type
-- breaks-down: LA01
-- parts: cla_current
WITH open_episode AS (
  SELECT e.child_id, e.start_date, e.placement_type AS code,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC) AS n
  FROM cla_current e
  WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
)
SELECT o.child_id, o.start_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE WHEN o.code IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') THEN 'Foster placements' WHEN o.code IN ('A3', 'A4', 'A5', 'A6') THEN 'Placed for adoption' WHEN o.code = 'P1' THEN 'Placed with parents' WHEN o.code IN ('K1', 'K2') THEN 'Secure units and children''s homes' WHEN o.code IN ('H5', 'P2', 'K3') THEN 'Independent living or supported accommodation' WHEN o.code IN ('R1', 'R2', 'R3', 'R5') THEN 'Other residential settings' WHEN o.code = 'S1' THEN 'Residential schools' ELSE 'Other placements' END AS category
FROM open_episode o WHERE o.n = 1
