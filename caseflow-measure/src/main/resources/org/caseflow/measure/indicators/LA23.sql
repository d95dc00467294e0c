-- id: LA23
-- name: Average SDQ score
-- stage: OUTPUTS
-- definition: The mean strengths and difficulties score of children aged 5 to 16 in the SSDA903
--   OC2 cohort of the collection year containing the period end who have a score (0 to 40;
--   lower is better). Only meaningful for a financial year.
-- numerator: the sum of the scores
-- denominator: children aged 5 to 16 in the OC2 cohort with a score
-- unit: MEAN
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 OC2
-- lait: Emotional_LAC
-- requires: health_outcome, child
-- subject: children
-- parts: oc2_cohort
SELECT h.child_id, :end AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  h.sdq_score AS measure
FROM oc2_cohort h
WHERE h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND h.age BETWEEN 5 AND 16 AND h.sdq_score IS NOT NULL
