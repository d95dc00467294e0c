-- id: PR08
-- name: Initial child protection conferences
-- stage: PROCESSES
-- definition: Initial child protection conferences held in the period, whether they followed a
--   Section 47 enquiry or were recorded on the episode (for example a transfer-in conference).
-- numerator: conferences whose DateOfInitialCPC falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: cin_episode
-- subject: conferences
SELECT s.child_id, s.icpc_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM section47 s
WHERE s.la = :la AND s.is_current AND s.icpc_date BETWEEN :start AND :end
  AND NOT coalesce(s.icpc_not_required, FALSE)
UNION ALL
SELECT e.child_id, e.icpc_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_episode e
WHERE e.la = :la AND e.is_current AND e.icpc_date BETWEEN :start AND :end
