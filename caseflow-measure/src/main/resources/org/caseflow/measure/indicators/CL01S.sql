-- id: CL01S
-- name: Care leavers aged 19 to 21 by suitability of accommodation
-- stage: OUTPUTS
-- definition: The CL01 cohort (care leavers in the SSDA903 OC3 cohort of the collection year
--   containing the period end, aged 19, 20 or 21 on 31 March, less those who died or had
--   returned home for 6 months or more) by whether their accommodation was recorded as suitable
--   (ACCOM ending in 1), unsuitable (ending in 2), or not recorded (0 or blank). Only meaningful
--   for a financial year.
-- numerator: OC3 care leavers aged 19, 20 or 21, less DIED and RHOM, by suitability
-- unit: COUNT
-- polarity: NONE
-- period: COHORT
-- source: SSDA903 OC3
-- lait: -
-- requires: care_leaver, child
-- subject: care-leavers
-- breakdown: suitability of accommodation
-- parts: leaver_cohort
SELECT l.child_id, :end AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE WHEN l.accommodation LIKE '_1' THEN 'Suitable'
    WHEN l.accommodation LIKE '_2' THEN 'Unsuitable'
    ELSE 'Not recorded' END AS category
FROM leaver_cohort l
WHERE l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND coalesce(l.in_touch, '') NOT IN ('DIED', 'RHOM')
  AND l.age BETWEEN 19 AND 21
