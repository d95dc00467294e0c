-- id: LA21
-- name: Development assessments up to date (under 5)
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort of the collection year containing the period
--   end aged under 5 whose development assessments were up to date, as a percentage of the cohort aged under 5. Ages are on 31 March. Only meaningful for a financial year.
-- numerator: OC2 children aged under 5 whose development assessments were up to date
-- denominator: the cohort aged under 5
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903 OC2
-- lait: -
-- requires: health_outcome, child
-- subject: children
-- parts: oc2_cohort
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.health_check THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM oc2_cohort h
WHERE h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND h.age < 5
