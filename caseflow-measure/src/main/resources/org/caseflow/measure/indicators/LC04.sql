-- id: LC04
-- name: NRPF cases closed
-- stage: LOCAL
-- definition: Families with no recourse to public funds whose case closed in the period, by
--   outcome.
-- numerator: NRPF cases whose closure date falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: NRPF register
-- requires: nrpf_case
-- subject: cases
-- breakdown: outcome
SELECT n.case_id AS child_id, n.closure_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, coalesce(n.outcome, 'not recorded') AS category
FROM nrpf_case n
WHERE n.la = :la AND n.is_current AND n.closure_date BETWEEN :start AND :end
