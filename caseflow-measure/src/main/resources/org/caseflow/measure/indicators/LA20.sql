-- id: LA20
-- name: Immunisations up to date
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort (looked after continuously for 12 months at 31
--   March, excluding short breaks) of the collection year containing the period end, whose immunisations were up to date, as a
--   percentage of the cohort. Only meaningful for a financial year.
-- numerator: OC2 children with immunisations = 1
-- denominator: children in the OC2 cohort for the year
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903 OC2
-- lait: LACVaccinations%
-- requires: health_outcome
-- subject: children
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.immunisations THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM health_outcome h
WHERE h.la = :la AND h.is_current
  AND h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
