-- id: OC03
-- name: Children in need by primary need
-- stage: OUTPUTS
-- definition: Children in need at the period end (OC01) by the primary need recorded on the
--   episode: N1 abuse or neglect, N2 child's disability, N3 parental illness or disability, N4
--   family in acute stress, N5 family dysfunction, N6 socially unacceptable behaviour, N7 low
--   income, N8 absent parenting, N9 cases other than children in need, N0 not stated.
-- numerator: CIN episodes open at the period end, by PrimaryNeedCode
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- requires: cin_episode
-- subject: episodes
-- breakdown: primary need
-- breaks-down: OC01
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  coalesce(e.primary_need, 'Not recorded') AS category
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date <= :end
  AND (e.closure_date IS NULL OR e.closure_date > :end)
  AND NOT coalesce(e.referral_nfa, FALSE)
