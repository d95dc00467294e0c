-- id: OC04
-- name: Children in need at the period end by duration
-- stage: OUTPUTS
-- definition: Children in need at the period end (OC01) by how long the episode had lasted on
--   that day: 3 months or less, more than 3 to 6 months, more than 6 months to under 1 year, 1
--   year to under 2 years, 2 years or more.
-- numerator: CIN episodes open at the period end, by time since referral
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- requires: cin_episode
-- subject: episodes
-- breakdown: time since referral
-- breaks-down: OC01
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE WHEN :end <= add_months(e.referral_date, 3) THEN '1. 3 months or less' WHEN :end <= add_months(e.referral_date, 6) THEN '2. More than 3 to 6 months' WHEN :end < add_months(e.referral_date, 12) THEN '3. More than 6 months to under 1 year' WHEN :end < add_months(e.referral_date, 24) THEN '4. 1 year to under 2 years' ELSE '5. 2 years or more' END AS category
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date <= :end
  AND (e.closure_date IS NULL OR e.closure_date > :end)
  AND NOT coalesce(e.referral_nfa, FALSE)
