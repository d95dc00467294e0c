-- id: CL03
-- name: Care leavers aged 17 to 18 in suitable accommodation
-- stage: OUTPUTS
-- definition: Care leavers in the SSDA903 OC3 cohort of the collection year containing the
--   period end whose birthday made them 17 or 18 in that year (age on 31 March), in accommodation recorded as suitable (ACCOM ending in 1), as a percentage
--   of that cohort. Young people who died (IN_TOUCH DIED) or had returned home for 6 months or
--   more (RHOM) are excluded. Only meaningful for a financial year.
-- numerator: OC3 care leavers aged 17 or 18 in accommodation recorded as suitable (ACCOM ending in 1)
-- denominator: OC3 care leavers aged 17 or 18, less DIED and RHOM
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: SSDA903 OC3
-- lait: -
-- requires: care_leaver, child
-- subject: care-leavers
-- parts: leaver_cohort
SELECT l.child_id, :end AS event_date,
  CASE WHEN l.accommodation LIKE '_1' THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM leaver_cohort l
WHERE l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND coalesce(l.in_touch, '') NOT IN ('DIED', 'RHOM')
  AND l.age BETWEEN 17 AND 18
