-- id: IN05
-- name: Referrals
-- stage: INPUTS
-- definition: Referrals to children's social care received in the period. Each referral counts,
--   even when the same child is referred more than once, and referrals that led to no further
--   action are included.
-- numerator: CIN episodes whose CINreferralDate falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: CPP_Total_NumRef
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
