-- id: IN09
-- name: Referrals resulting in no further action
-- stage: INPUTS
-- definition: Referrals in the period that resulted in no further action (ReferralNFA true), as
--   a percentage of all referrals in the period. NFA referrals are excluded from every other
--   children-in-need count.
-- numerator: referrals in the period with ReferralNFA true
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: CIN_Refferals_NFA
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_nfa THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
