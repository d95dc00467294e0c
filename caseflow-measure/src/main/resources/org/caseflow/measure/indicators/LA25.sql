-- id: LA25
-- name: Convictions or youth cautions (aged 10 to 17)
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort of the collection year containing the period
--   end aged 10 to 17 convicted or given a youth caution in the year, as a percentage of the cohort aged 10 to 17. Ages are on 31 March. Only meaningful for a financial year.
-- numerator: OC2 children aged 10 to 17 convicted or given a youth caution in the year
-- denominator: the cohort aged 10 to 17
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 OC2
-- lait: LAC_Convictions
-- requires: health_outcome, child
-- subject: children
-- parts: oc2_cohort
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.convicted THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM oc2_cohort h
WHERE h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND h.age BETWEEN 10 AND 17
