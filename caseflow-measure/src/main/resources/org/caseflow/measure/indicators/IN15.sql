-- id: IN15
-- name: Children in need episodes closed with a step down to early help
-- stage: INPUTS
-- definition: Episodes of need closed in the period with a referral to early help (RC9, from
--   2022-23), as a percentage of episodes closed in the period (NFA referrals left out).
-- numerator: CIN episodes with CINclosureDate in the period and ReasonForClosure RC9
-- denominator: CIN episodes with CINclosureDate in the period, not NFA
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cin_episode
-- subject: episodes
SELECT e.child_id, e.closure_date AS event_date,
  CASE WHEN e.reason_for_closure = 'RC9' THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.closure_date BETWEEN :start AND :end
  AND NOT coalesce(e.referral_nfa, FALSE)
