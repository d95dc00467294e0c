-- id: IN14
-- name: Early help assessments completed within 45 working days
-- stage: INPUTS
-- definition: Early help assessments completed in the period within 45 working days of their
--   start (the usual local standard), as a percentage of those completed in the period.
-- numerator: early help assessments completed in the period 45 working days or fewer after they
--   started
-- denominator: early help assessments completed in the period with a start date
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: Annex A list 2
-- requires: aa_early_help
SELECT h.child_id, h.completion_date AS event_date,
  CASE WHEN working_days(h.start_date, h.completion_date) <= 45 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  working_days(h.start_date, h.completion_date) AS measure
FROM aa_early_help h
WHERE h.la = :la AND h.is_current AND h.completion_date BETWEEN :start AND :end
  AND h.start_date IS NOT NULL
