-- id: LA10
-- name: Children looked after by legal status
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) by the legal status of the open episode: care orders (C1, C2), placement order (E1), single period of accommodation under section 20 (V2), youth justice (J1 to J3), emergency and police protection (L1 to L3).
-- numerator: children looked after at the period end, by legal status
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- breakdown: legal status
-- breaks-down: LA01
-- parts: cla_current
WITH open_episode AS (
  SELECT e.child_id, e.start_date, e.legal_status AS code,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC) AS n
  FROM cla_current e
  WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
)
SELECT o.child_id, o.start_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE WHEN o.code IN ('C1', 'C2') THEN 'Care order' WHEN o.code IN ('E1', 'D1') THEN 'Placement order' WHEN o.code = 'V2' THEN 'Section 20 (V2)' WHEN o.code IN ('J1', 'J2', 'J3') THEN 'Youth justice' WHEN o.code IN ('L1', 'L2', 'L3') THEN 'Emergency or police protection' ELSE 'Other or not recorded' END AS category
FROM open_episode o WHERE o.n = 1
