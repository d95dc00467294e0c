-- id: IN08H
-- name: Referrals from health services
-- stage: INPUTS
-- definition: Referrals received in the period from health services (sources 3A to 3F), as a percentage of all referrals in
--   the period.
-- numerator: referrals in the period from health services (sources 3A to 3F)
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: RefBySource_HealthServ_%
-- requires: cin_episode
-- subject: referrals
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.referral_source IN ('3A','3B','3C','3D','3E','3F') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
