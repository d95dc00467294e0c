-- id: OC05
-- name: Children in need episodes ending by duration
-- stage: OUTPUTS
-- definition: Episodes of need closed in the period (not NFA) by how long they had lasted, in
--   the same bands as OC04.
-- numerator: CIN episodes closed in the period, by referral to closure
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cin_episode
-- subject: episodes
-- breakdown: time from referral to closure
SELECT e.child_id, e.closure_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE WHEN e.closure_date <= add_months(e.referral_date, 3) THEN '1. 3 months or less' WHEN e.closure_date <= add_months(e.referral_date, 6) THEN '2. More than 3 to 6 months' WHEN e.closure_date < add_months(e.referral_date, 12) THEN '3. More than 6 months to under 1 year' WHEN e.closure_date < add_months(e.referral_date, 24) THEN '4. 1 year to under 2 years' ELSE '5. 2 years or more' END AS category
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.closure_date BETWEEN :start AND :end
  AND NOT coalesce(e.referral_nfa, FALSE)
