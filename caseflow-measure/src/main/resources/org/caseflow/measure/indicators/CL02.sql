-- id: CL02
-- name: Care leavers aged 19 to 21 in education, employment or training
-- stage: OUTPUTS
-- definition: Care leavers in the SSDA903 OC3 cohort of the collection year containing the
--   period end whose birthday made them 19, 20 or 21 in that year (age on 31 March), in education, employment or training (ACTIV F1 to F5 or P1 to P5), as a percentage
--   of that cohort. Young people who died (IN_TOUCH DIED) or had returned home for 6 months or
--   more (RHOM) are excluded. Only meaningful for a financial year.
-- numerator: OC3 care leavers aged 19, 20 or 21 in education, employment or training (ACTIV F1 to F5 or P1 to P5)
-- denominator: OC3 care leavers aged 19, 20 or 21, less DIED and RHOM
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903 OC3
-- lait: CareLeaverEET
-- requires: care_leaver, child
-- subject: care-leavers
-- parts: leaver_cohort
SELECT l.child_id, :end AS event_date,
  CASE WHEN l.activity IN ('F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM leaver_cohort l
WHERE l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND coalesce(l.in_touch, '') NOT IN ('DIED', 'RHOM')
  AND l.age BETWEEN 19 AND 21
