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
WITH open_now AS (
  SELECT e.child_id, max(e.start_date) AS latest_start
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current AND e.start_date <= :end
    AND (e.end_date IS NULL OR e.end_date > :end)
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  GROUP BY e.child_id
), cohort AS (
  SELECT o.child_id, o.latest_start
  FROM open_now o
  WHERE (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = :la AND s.is_current
      AND s.child_id = o.child_id AND s.reason_new_episode = 'S' AND s.start_date <= :end)
    <= add_months(:end, -24)
), placements AS (
  SELECT e.child_id, count(*) AS n
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
    AND coalesce(e.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    AND (
      (e.start_date < add_months(:end, -24) + 1
        AND (e.end_date IS NULL OR e.end_date >= add_months(:end, -24) + 1)
        AND NOT EXISTS (SELECT 1 FROM cla_episode f WHERE f.la = e.la AND f.is_current
          AND f.child_id = e.child_id AND f.start_date < add_months(:end, -24) + 1
          AND f.start_date > e.start_date
          AND coalesce(f.legal_status, '') NOT IN ('V3', 'V4')
          AND coalesce(f.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')))
      OR (e.start_date >= add_months(:end, -24) + 1 AND e.start_date <= :end
        AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
        AND NOT (e.reason_new_episode = 'T' AND e.placement_type IN ('A3', 'A5'))))
  GROUP BY e.child_id
)
SELECT c.child_id, c.latest_start AS event_date,
  CASE WHEN coalesce(p.n, 0) >= 3 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  coalesce(p.n, 0) AS measure
FROM cohort c LEFT JOIN placements p ON p.child_id = c.child_id
