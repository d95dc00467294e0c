-- id: LA14
-- name: Long-term placement stability
-- stage: OUTPUTS
-- definition: Children looked after at the period end, aged under 16 on that day, whose current
--   period of care started at least 2.5 years before it (on or before the same day 30 months
--   earlier), who had been in the same placement for at least 2 years (it started on or before
--   the same day 24 months earlier), as a percentage of those children. A placement starts with
--   an episode whose reason for new episode is S, P, B, T or U, except a move to adoption with
--   the same carers (T or U with placement A3 or A5), so a child adopted by their foster carers
--   keeps the foster placement's start; temporary placements (T0 to T4) and short breaks (V3,
--   V4) are ignored. Children with no date of birth are left out.
-- numerator: those children in the same placement for 2 years or more
-- denominator: children looked after at the period end aged under 16, looked after for 2.5
--   years or more
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903
-- lait: LAC_LongStable%
-- requires: cla_episode, child
-- parts: cla_current, child903
WITH open_now AS (
  SELECT DISTINCT e.child_id
  FROM cla_current e
  WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end)
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
), care AS (
  SELECT s.child_id, max(s.start_date) AS care_start
  FROM cla_current s
  WHERE s.reason_new_episode = 'S' AND s.start_date <= :end
  GROUP BY s.child_id
), placement AS (
  SELECT e.child_id, max(e.start_date) AS placement_start
  FROM cla_current e
  WHERE e.start_date <= :end
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
    AND coalesce(e.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
    AND NOT (e.reason_new_episode IN ('T', 'U') AND e.placement_type IN ('A3', 'A5'))
  GROUP BY e.child_id
)
SELECT o.child_id, p.placement_start AS event_date,
  CASE WHEN p.placement_start <= add_months(:end, -24) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM open_now o
JOIN child903 h ON h.child_id = o.child_id
JOIN care k ON k.child_id = o.child_id
JOIN placement p ON p.child_id = o.child_id
WHERE age_years(h.birth_date, :end) < 16 AND k.care_start <= add_months(:end, -30)
