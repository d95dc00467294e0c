-- id: HA01
-- name: Initial health assessments within 20 working days of becoming looked after
-- stage: PROCESSES
-- definition: Children who became looked after in the period whose initial health assessment
--   was completed within 20 working days, as a percentage of those children (statutory guidance:
--   within 20 working days; committees also read the share within 35). Working days are counted
--   after the day the child became looked after up to and including the completion date,
--   excluding weekends and England and Wales bank holidays (completion on day 20 is in time). A
--   child with no completed assessment counts as late once 20 working days have passed by the
--   end of the period, and is left out of both counts until then.
-- numerator: initial health assessments completed within 20 working days
-- denominator: children who became looked after in the period, less those still within 20
--   working days at its end without a completed assessment
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: health assessments
-- requires: health_assessment
-- subject: health-assessments
SELECT h.child_id, h.looked_after_date AS event_date,
  CASE WHEN h.completed_date IS NOT NULL
    AND working_days(h.looked_after_date, h.completed_date) <= 20 THEN 1 ELSE 0 END
    AS in_numerator,
  1 AS in_denominator
FROM health_assessment h
WHERE h.la = :la AND h.is_current AND h.assessment = 'initial'
  AND h.looked_after_date BETWEEN :start AND :end
  AND (h.completed_date IS NOT NULL OR working_days(h.looked_after_date, :end) >= 20)
