-- id: IN07
-- name: Re-referrals within 12 months
-- stage: INPUTS
-- definition: Referrals in the period for a child who had a previous referral within the 12
--   months before, as a percentage of all referrals in the period. A previous referral exactly
--   12 months before (same day of the month) counts as within 12 months; one on the same day as
--   the new referral does not count as previous. Needs earlier years' CIN census data for
--   referrals early in the period.
-- numerator: referrals in the period with a previous referral of the same child dated on or
--   after the day 12 months before, and before the referral date
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: LOW
-- period: LOOKBACK
-- source: CIN census
-- lait: ReReferral
-- requires: cin_episode
-- subject: referrals
in07_referral AS MATERIALIZED (
  SELECT e.child_id, e.referral_date,
    CASE WHEN EXISTS (
      SELECT 1 FROM cin_episode p
      WHERE p.la = e.la AND p.is_current AND p.child_id = e.child_id
        AND p.referral_date < e.referral_date
        AND p.referral_date >= add_months(e.referral_date, -12)) THEN 1 ELSE 0 END
      AS re_referral
  FROM cin_episode e
  WHERE e.la = :la AND e.is_current
)
-- per period
SELECT x.child_id, x.referral_date AS event_date, x.re_referral AS in_numerator,
  1 AS in_denominator
FROM in07_referral x
WHERE x.referral_date BETWEEN :start AND :end
