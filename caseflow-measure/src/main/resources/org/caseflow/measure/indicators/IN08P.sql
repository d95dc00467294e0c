-- id: IN08P
-- name: Referrals from the police
-- stage: INPUTS
-- definition: Referrals received in the period from police (source 6), as a percentage of all referrals in
--   the period.
-- numerator: referrals in the period from police (source 6)
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: RefBySource_Police_%
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_source IN ('6') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
