-- id: IN09S
-- name: Referrals resulting in no further action, by source
-- stage: INPUTS
-- definition: Referrals in the period that resulted in no further action (ReferralNFA true), by
--   the source group of IN08 (police, schools, education services, health services, housing,
--   local authority services, individuals, other legal agency, other, anonymous, unknown). The
--   value is the NFA share of all referrals (IN09); the share for one source is its count here
--   over its count in IN08.
-- numerator: referrals in the period with ReferralNFA true, by source group
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: cin_episode
-- subject: referrals
-- breakdown: referral source group
-- breaks-down: IN09
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_nfa THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator,
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
