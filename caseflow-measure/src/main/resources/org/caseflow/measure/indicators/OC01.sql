-- id: OC01
-- name: Children in need at the period end
-- stage: OUTPUTS
-- definition: Episodes of need open on the last day of the period (referred on or before it and
--   not closed by then; an episode closed on the last day is not counted), excluding referrals
--   that resulted in no further action. Includes children on child protection plans, looked
--   after and disabled children. DfE counts episodes at 31 March.
-- numerator: CIN episodes with referral date on or before the period end, closure date empty or
--   after it, and ReferralNFA not true
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- lait: -
-- requires: cin_episode
-- subject: episodes
SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date <= :end
  AND (e.closure_date IS NULL OR e.closure_date > :end)
  AND NOT coalesce(e.referral_nfa, FALSE)
