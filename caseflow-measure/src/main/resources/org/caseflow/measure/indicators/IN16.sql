-- id: IN16
-- name: Children in need episodes starting
-- stage: INPUTS
-- definition: Episodes of need starting in the period: referrals in the period, excluding those
--   that resulted in no further action.
-- numerator: CIN episodes with CINreferralDate in the period and ReferralNFA not true
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
  AND NOT coalesce(e.referral_nfa, FALSE)
