-- id: CL05
-- name: Care leavers aged 19 to 21 not in education, employment or training
-- stage: OUTPUTS
-- definition: Care leavers in the SSDA903 OC3 cohort of the collection year containing the
--   period end whose birthday made them 19, 20 or 21 in that year (age on 31 March), not in education, employment or training (ACTIV G4, G5, G6), as a percentage
--   of that cohort. Young people who died (IN_TOUCH DIED) or had returned home for 6 months or
--   more (RHOM) are excluded. Only meaningful for a financial year.
-- numerator: OC3 care leavers aged 19, 20 or 21 not in education, employment or training (ACTIV G4, G5, G6)
-- denominator: OC3 care leavers aged 19, 20 or 21, less DIED and RHOM
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 OC3
-- lait: CareLeaversNEET
-- requires: care_leaver, child
-- subject: care-leavers
-- parts: leaver_cohort
SELECT l.child_id, :end AS event_date,
  CASE WHEN l.activity IN ('G4', 'G5', 'G6') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM leaver_cohort l
WHERE l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND coalesce(l.in_touch, '') NOT IN ('DIED', 'RHOM')
  AND l.age BETWEEN 19 AND 21
