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
SELECT e.child_id, e.referral_date AS event_date,
  CASE WHEN e.reason_for_closure IN ('RC8', 'RC9')
    AND EXISTS (SELECT 1 FROM assessment a WHERE a.batch_id = e.batch_id AND a.is_current
      AND a.child_id = e.child_id AND a.episode_no = e.episode_no)
    AND NOT EXISTS (SELECT 1 FROM section47 s WHERE s.batch_id = e.batch_id AND s.is_current
      AND s.child_id = e.child_id AND s.episode_no = e.episode_no)
    AND NOT EXISTS (SELECT 1 FROM cp_plan p WHERE p.batch_id = e.batch_id AND p.is_current
      AND p.child_id = e.child_id AND p.episode_no = e.episode_no)
    AND NOT EXISTS (SELECT 1 FROM cin_plan c WHERE c.batch_id = e.batch_id AND c.is_current
      AND c.child_id = e.child_id AND c.episode_no = e.episode_no)
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.referral_date BETWEEN :start AND :end
