-- id: AD08
-- name: Average days from placement for adoption to the adoption order
-- stage: OUTPUTS
-- definition: For children adopted in the period (ceasing with E11 or E12), the mean number of
--   days from the first placement for adoption in the period of care (placement A3 to A6) to the
--   adoption order (the date care ceased).
-- numerator: the sum of the days
-- denominator: children adopted in the period with a placement for adoption recorded
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- parts: adopted_care_start, adoption_a1
SELECT x.child_id, x.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  x.end_date - x.placed AS measure
FROM adoption_a1 x
WHERE x.end_date BETWEEN :start AND :end
