-- id: LA29
-- name: Missing incidents per child who went missing
-- stage: OUTPUTS
-- definition: The mean number of missing incidents (MISSING = M) starting in the period per
--   child with at least one.
-- numerator: missing incidents starting in the period
-- denominator: children with at least one missing incident starting in the period
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: missing_episode
-- subject: children
SELECT m.child_id, min(m.start_date) AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  count(*) AS measure
FROM missing_episode m
WHERE m.la = :la AND m.is_current AND m.missing_type = 'M'
  AND m.start_date BETWEEN :start AND :end
GROUP BY m.child_id
