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
-- subject: children
-- parts: cla_spell, child903
SELECT s.child_id, s.placement_start AS event_date,
  CASE WHEN s.placement_start <= add_months(:end, -24) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM (
  SELECT c.child_id, c.care_start, c.placement_start,
    row_number() OVER (PARTITION BY c.child_id ORDER BY c.start_date DESC) AS n
  FROM cla_spell c
  WHERE c.start_date <= :end AND (c.end_date IS NULL OR c.end_date > :end)
    AND coalesce(c.legal_status, '') NOT IN ('V3', 'V4')
) s
JOIN child903 h ON h.child_id = s.child_id
WHERE s.n = 1 AND s.placement_start IS NOT NULL AND age_years(h.birth_date, :end) < 16
  AND s.care_start <= add_months(:end, -30)
