-- id: LC02
-- name: NRPF cases open at the end of the period
-- stage: LOCAL
-- definition: Families with no recourse to public funds whose case was referred on or before
--   the last day of the period and not closed by then (closed after it, or not closed). The
--   breakdown says whether the case was allocated by then.
-- numerator: NRPF cases open on the last day of the period
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: NRPF register
-- requires: nrpf_case
-- subject: cases
-- breakdown: allocation
SELECT n.case_id AS child_id, n.referral_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator,
  CASE WHEN n.allocated_date <= :end THEN 'allocated' ELSE 'not allocated' END AS category
FROM nrpf_case n
WHERE n.la = :la AND n.is_current AND n.referral_date <= :end
  AND (n.closure_date IS NULL OR n.closure_date > :end)
