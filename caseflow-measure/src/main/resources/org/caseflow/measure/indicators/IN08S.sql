-- id: IN08S
-- name: Referrals from schools
-- stage: INPUTS
-- definition: Referrals received in the period from schools (source 2A), as a percentage of all referrals in
--   the period.
-- numerator: referrals in the period from schools (source 2A)
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: RefBySource_Schl_%
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_source IN ('2A') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
