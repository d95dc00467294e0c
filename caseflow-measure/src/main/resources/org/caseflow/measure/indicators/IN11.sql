-- id: IN11
-- name: Referrals from early help
-- stage: INPUTS
-- definition: Referrals in the period whose source is the council's early help service (5D, in
--   the census from 2022-23), as a percentage of all referrals in the period.
-- numerator: referrals in the period with ReferralSource 5D
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_source = '5D' THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
