-- id: HA03
-- name: Review health assessments on time
-- stage: PROCESSES
-- definition: Review health assessments of looked-after children due in the period that were
--   completed on or before their due date, as a percentage of the review health assessments due
--   in the period. A review not completed counts as late.
-- numerator: review health assessments due in the period completed by the due date
-- denominator: review health assessments due in the period
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: health assessments
-- requires: health_assessment
-- subject: health-assessments
SELECT h.child_id, h.due_date AS event_date,
  CASE WHEN h.completed_date IS NOT NULL AND h.completed_date <= h.due_date THEN 1 ELSE 0 END
    AS in_numerator,
  1 AS in_denominator
FROM health_assessment h
WHERE h.la = :la AND h.is_current AND h.assessment = 'review'
  AND h.due_date BETWEEN :start AND :end
