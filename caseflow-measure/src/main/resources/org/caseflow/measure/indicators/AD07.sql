-- id: AD07
-- name: Average days from entering care to being placed for adoption
-- stage: OUTPUTS
-- definition: For children adopted in the period (ceasing with E11 or E12), the mean number of
--   days from the start of the period of care that ended in adoption (the latest episode with
--   reason for new episode S) to the first placement for adoption in it (placement A3 to A6).
--   The one-year counterpart of A1 (AD01). Children with no placement for adoption recorded are
--   left out.
-- numerator: the sum of the days
-- denominator: children adopted in the period with a placement for adoption recorded
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- parts: adopted_care_start, adoption_a1
SELECT x.child_id, x.end_date AS event_date, 1 AS in_numerator,
  CASE WHEN x.placed IS NOT NULL AND x.care_start IS NOT NULL THEN 1 ELSE 0 END AS in_denominator,
  x.placed - x.care_start AS measure
FROM adoption_a1 x
WHERE x.end_date BETWEEN :start AND :end
