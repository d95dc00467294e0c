-- id: AD09
-- name: Average days from entering care to adoption
-- stage: OUTPUTS
-- definition: For children adopted in the period (ceasing with E11 or E12), the mean number of
--   days from the start of the period of care that ended in adoption (the latest episode with
--   reason for new episode S) to the adoption order (the date care ceased).
-- numerator: the sum of the days
-- denominator: children adopted in the period with a known start of care
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- parts: adopted_care_start, adoption_a1
SELECT x.child_id, x.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  x.end_date - x.care_start AS measure
FROM adoption_a1 x
WHERE x.end_date BETWEEN :start AND :end
