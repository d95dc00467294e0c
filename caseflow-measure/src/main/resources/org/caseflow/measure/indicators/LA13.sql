-- id: LA13
-- name: Children looked after for 2 years or more with 3 or more placements in those 2 years
-- stage: OUTPUTS
-- definition: Children looked after at the period end whose current period of care started at
--   least 2 years before it (on or before the same day 24 months earlier), who had 3 or more
--   placements in the 2 years to the period end, as a percentage of those children. Placements
--   are counted as LA12 counts them, over the 2 years instead of the period: the placement
--   open on the first day counts as one and each new placement (S, P, B, T or U) one more,
--   except a move to adoption with the current foster carer (T with A3 or A5) and temporary
--   placements (T0 to T4). Short breaks (V3, V4) are excluded.
-- numerator: those children with 3 or more placements in the 2 years
-- denominator: children looked after at the period end for 2 years or more
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903
-- lait: -
-- requires: cla_episode
-- subject: children
-- parts: cla_spell
WITH open_now AS (
  SELECT c.child_id, c.start_date, c.care_start,
    row_number() OVER (PARTITION BY c.child_id ORDER BY c.start_date DESC) AS n
  FROM cla_spell c
  WHERE c.start_date <= :end AND (c.end_date IS NULL OR c.end_date > :end)
    AND coalesce(c.legal_status, '') NOT IN ('V3', 'V4')
), placements AS (
  SELECT e.child_id,
    max(CASE WHEN e.start_date < add_months(:end, -24) + 1 THEN 1 ELSE 0 END)
    + sum(CASE WHEN e.start_date >= add_months(:end, -24) + 1 AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
        AND NOT (e.reason_new_episode = 'T' AND e.placement_type IN ('A3', 'A5'))
      THEN 1 ELSE 0 END) AS n
  FROM cla_spell e
  WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
    AND coalesce(e.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    AND e.start_date <= :end AND (e.end_date IS NULL OR e.end_date >= add_months(:end, -24) + 1)
  GROUP BY e.child_id
)
SELECT c.child_id, c.start_date AS event_date,
  CASE WHEN coalesce(p.n, 0) >= 3 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  coalesce(p.n, 0) AS measure
FROM open_now c LEFT JOIN placements p ON p.child_id = c.child_id
WHERE c.n = 1 AND c.care_start <= add_months(:end, -24)
