-- id: LA12
-- name: Children looked after with 3 or more placements in the period
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) who had 3 or more placements during
--   the period, as a percentage of all children looked after at the period end. A placement
--   open on the first day counts as one; each new placement starting in the period (reason for
--   new episode S, P, B, T or U) counts as one more, except a move to adoption with the current
--   foster carer (T with placement A3 or A5) and temporary placements (T0 to T4). Short breaks
--   (V3, V4) are excluded.
-- numerator: children looked after at the period end with 3 or more placements in the period
-- denominator: children looked after at the period end (LA01)
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903
-- lait: LACStable_2016on
-- requires: cla_episode
-- subject: children
-- parts: cla_current
WITH open_now AS (
  SELECT e.child_id, max(e.start_date) AS latest_start
  FROM cla_current e
  WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end)
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  GROUP BY e.child_id
), placements AS (
  SELECT e.child_id,
    max(CASE WHEN e.start_date < :start THEN 1 ELSE 0 END)
    + sum(CASE WHEN e.start_date >= :start AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
        AND NOT (e.reason_new_episode = 'T' AND e.placement_type IN ('A3', 'A5'))
      THEN 1 ELSE 0 END) AS n
  FROM cla_current e
  WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
    AND coalesce(e.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    AND e.start_date <= :end AND (e.end_date IS NULL OR e.end_date >= :start)
  GROUP BY e.child_id
)
SELECT c.child_id, c.latest_start AS event_date,
  CASE WHEN coalesce(p.n, 0) >= 3 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  coalesce(p.n, 0) AS measure
FROM open_now c LEFT JOIN placements p ON p.child_id = c.child_id
