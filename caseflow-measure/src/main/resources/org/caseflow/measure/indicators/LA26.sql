-- id: LA26
-- name: Substance misuse identified
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort of the collection year containing the period
--   end identified as having a substance misuse problem, as a percentage of the cohort. Ages are on 31 March. Only meaningful for a financial year.
-- numerator: OC2 children identified as having a substance misuse problem
-- denominator: the cohort
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 OC2
-- lait: LACSubstance
-- requires: health_outcome, child
-- subject: children
-- parts: oc2_cohort
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.substance_misuse THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM oc2_cohort h
WHERE h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND 1 = 1
