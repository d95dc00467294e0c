-- id: LA24
-- name: SDQ scores that are a cause for concern
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort of the collection year containing the period
--   end with a strengths and difficulties score of 17 or more (DfE's threshold for concern), as a percentage of the cohort aged 5 to 16 with a score. Ages are on 31 March. Only meaningful for a financial year.
-- numerator: OC2 children with a strengths and difficulties score of 17 or more (DfE's threshold for concern)
-- denominator: the cohort aged 5 to 16 with a score
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 OC2
-- lait: -
-- requires: health_outcome, child
-- subject: children
-- parts: oc2_cohort
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.sdq_score >= 17 THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM oc2_cohort h
WHERE h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND h.age BETWEEN 5 AND 16 AND h.sdq_score IS NOT NULL
