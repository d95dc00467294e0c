-- id: PR04
-- name: Open assessments past 45 working days
-- stage: PROCESSES
-- definition: Assessments started but not authorised by the last day of the period that have
--   been open more than 45 working days, as a percentage of all assessments open on that day.
-- numerator: open assessments at the period end older than 45 working days
-- denominator: assessments open at the period end (started, not authorised by then)
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CIN census
-- requires: assessment
-- subject: assessments
SELECT a.child_id, a.start_date AS event_date,
  CASE WHEN working_days(a.start_date, :end) > 45 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  working_days(a.start_date, :end) AS measure
FROM assessment a
WHERE a.la = :la AND a.is_current AND a.start_date <= :end
  AND (a.authorisation_date IS NULL OR a.authorisation_date > :end)
