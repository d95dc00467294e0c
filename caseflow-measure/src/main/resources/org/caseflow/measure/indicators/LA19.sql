-- id: LA19
-- name: Dental checks
-- stage: OUTPUTS
-- definition: Children in the SSDA903 OC2 cohort (looked after continuously for 12 months at 31
--   March, excluding short breaks) of the collection year containing the period end, who had a dental check, as a
--   percentage of the cohort. Only meaningful for a financial year.
-- numerator: OC2 children with teeth_check = 1
-- denominator: children in the OC2 cohort for the year
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903 OC2
-- lait: LACDental%
-- requires: health_outcome
-- subject: children
SELECT h.child_id, :end AS event_date,
  CASE WHEN h.teeth_check THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM health_outcome h
WHERE h.la = :la AND h.is_current
  AND h.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
