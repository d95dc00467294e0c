-- id: LC01
-- name: NRPF referrals per week
-- stage: LOCAL
-- definition: Families with no recourse to public funds referred in the period (from the
--   council's NRPF register), per week of the period (days in the period divided by 7).
-- numerator: NRPF cases whose referral date falls in the period
-- denominator: weeks in the period
-- unit: RATIO
-- polarity: NONE
-- period: EVENT
-- source: NRPF register
-- requires: nrpf_case
-- subject: cases
-- weight: count / weeks
SELECT n.case_id AS child_id, n.referral_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(1 AS DOUBLE PRECISION) AS weight,
  CAST(NULL AS DOUBLE PRECISION) AS denominator_weight
FROM nrpf_case n
WHERE n.la = :la AND n.is_current AND n.referral_date BETWEEN :start AND :end
UNION ALL
SELECT 'weeks', :end, 0, 1, CAST(0 AS DOUBLE PRECISION),
  CAST(:end - :start + 1 AS DOUBLE PRECISION) / 7
WHERE EXISTS (SELECT 1 FROM nrpf_case r WHERE r.la = :la AND r.is_current)
