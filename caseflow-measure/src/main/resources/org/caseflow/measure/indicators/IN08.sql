-- id: IN08
-- name: Referrals by source
-- stage: INPUTS
-- definition: Referrals received in the period by who made them, grouped as DfE groups them:
--   police (6), schools (2A), education services (2B), health services (3A to 3F), housing (4),
--   local authority services (5A to 5D), individuals (1A to 1D), other legal agency (7), other
--   (8), anonymous (9) and unknown (10 or not recorded).
-- numerator: referrals in the period, by source group
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: cin_episode
-- subject: referrals
-- breakdown: referral source group
-- breaks-down: IN05
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE
    WHEN e.referral_source = '6' THEN 'Police'
    WHEN e.referral_source = '2A' THEN 'Schools'
    WHEN e.referral_source = '2B' THEN 'Education services'
    WHEN e.referral_source IN ('3A','3B','3C','3D','3E','3F') THEN 'Health services'
    WHEN e.referral_source = '4' THEN 'Housing'
    WHEN e.referral_source IN ('5A','5B','5C','5D') THEN 'Local authority services'
    WHEN e.referral_source IN ('1A','1B','1C','1D') THEN 'Individual'
    WHEN e.referral_source = '7' THEN 'Other legal agency'
    WHEN e.referral_source = '8' THEN 'Other'
    WHEN e.referral_source = '9' THEN 'Anonymous'
    ELSE 'Unknown'
  END AS category
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
