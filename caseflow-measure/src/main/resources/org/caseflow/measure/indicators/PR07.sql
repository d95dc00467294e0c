-- id: PR07
-- name: Section 47 enquiries leading to an ICPC
-- stage: PROCESSES
-- definition: Section 47 enquiries started in the period that led to an initial child
--   protection conference (a conference date recorded and not marked as not required), as a
--   percentage of enquiries started in the period. The conference may fall after the period.
-- numerator: Section 47 enquiries started in the period with DateOfInitialCPC recorded
-- denominator: Section 47 enquiries started in the period (PR06)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: section47
-- subject: enquiries
SELECT s.child_id, s.start_date AS event_date,
  CASE WHEN s.icpc_date IS NOT NULL AND NOT coalesce(s.icpc_not_required, FALSE)
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM section47 s
WHERE s.la = :la AND s.is_current AND s.start_date BETWEEN :start AND :end
