-- id: LC05
-- name: Average days an NRPF case was open, cases closed
-- stage: LOCAL
-- definition: For families with no recourse to public funds whose case closed in the period,
--   the mean number of days from referral to closure.
-- numerator: days from referral to closure, summed
-- denominator: NRPF cases closed in the period
-- unit: MEAN
-- polarity: NONE
-- period: EVENT
-- source: NRPF register
-- requires: nrpf_case
-- subject: cases
SELECT n.case_id AS child_id, n.closure_date AS event_date, 1 AS in_numerator,
  1 AS in_denominator, CAST(n.closure_date - n.referral_date AS DOUBLE PRECISION) AS measure
FROM nrpf_case n
WHERE n.la = :la AND n.is_current AND n.closure_date BETWEEN :start AND :end
