-- id: OC02
-- name: Children in need episodes at any point in the period
-- stage: OUTPUTS
-- definition: Episodes of need open at any time in the period (referred on or before its last
--   day and not closed before its first), excluding referrals that resulted in no further
--   action.
-- numerator: CIN episodes overlapping the period, not NFA
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cin_episode
-- subject: episodes
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date <= :end
  AND (e.closure_date IS NULL OR e.closure_date >= :start)
  AND NOT coalesce(e.referral_nfa, FALSE)
