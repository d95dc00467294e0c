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
-- subject: assessments
early_help_duration AS MATERIALIZED (
  SELECT h.child_id, h.completion_date,
    working_days(h.start_date, h.completion_date) AS working_days
  FROM aa_early_help h
  WHERE h.la = :la AND h.is_current AND h.completion_date IS NOT NULL
    AND h.start_date IS NOT NULL
)
-- per period
SELECT d.child_id, d.completion_date AS event_date,
  CASE WHEN d.working_days <= 45 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  d.working_days AS measure
FROM early_help_duration d
WHERE d.completion_date BETWEEN :start AND :end
