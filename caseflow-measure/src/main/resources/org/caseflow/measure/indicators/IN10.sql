-- id: IN10
-- name: Referrals assessed and found not in need
-- stage: INPUTS
-- definition: Referrals in the period whose episode had an assessment but no Section 47, child
--   protection plan or CIN plan, and was closed as no further action after assessment (RC8) or
--   with a referral to early help (RC9), as a percentage of referrals in the period.
-- numerator: referrals in the period with an assessment, no S47, CP plan or CIN plan, closed RC8
--   or RC9
-- denominator: referrals in the period (IN05)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: cin_episode
-- subject: referrals
in10_episode AS MATERIALIZED (
  SELECT e.child_id, e.referral_date,
    CASE WHEN e.reason_for_closure IN ('RC8', 'RC9') AND a.batch_id IS NOT NULL
      AND s.batch_id IS NULL AND p.batch_id IS NULL AND c.batch_id IS NULL
      THEN 1 ELSE 0 END AS not_in_need
  FROM cin_episode e
  LEFT JOIN (SELECT DISTINCT batch_id, child_id, episode_no FROM assessment
    WHERE la = :la AND is_current) a
    ON a.batch_id = e.batch_id AND a.child_id = e.child_id
    AND a.episode_no = e.episode_no
  LEFT JOIN (SELECT DISTINCT batch_id, child_id, episode_no FROM section47
    WHERE la = :la AND is_current) s
    ON s.batch_id = e.batch_id AND s.child_id = e.child_id
    AND s.episode_no = e.episode_no
  LEFT JOIN (SELECT DISTINCT batch_id, child_id, episode_no FROM cp_plan
    WHERE la = :la AND is_current) p
    ON p.batch_id = e.batch_id AND p.child_id = e.child_id
    AND p.episode_no = e.episode_no
  LEFT JOIN (SELECT DISTINCT batch_id, child_id, episode_no FROM cin_plan
    WHERE la = :la AND is_current) c
    ON c.batch_id = e.batch_id AND c.child_id = e.child_id
    AND c.episode_no = e.episode_no
  WHERE e.la = :la AND e.is_current
)
-- per period
SELECT x.child_id, x.referral_date AS event_date, x.not_in_need AS in_numerator,
  1 AS in_denominator
FROM in10_episode x
WHERE x.referral_date BETWEEN :start AND :end
