-- id: PR02
-- name: Assessments completed within 45 working days
-- stage: PROCESSES
-- definition: Assessments authorised in the period that took 45 working days or fewer, as a
--   percentage of assessments authorised in the period. Duration is the working days after the
--   start date up to and including the authorisation date (same day = 0), excluding weekends
--   and England and Wales bank holidays, as DfE bins them. Assessments with no start date are
--   left out of both counts.
-- numerator: assessments authorised in the period with duration of 45 working days or fewer
-- denominator: assessments authorised in the period with a start date
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: CIN census
-- lait: Continue_Assess_Comp
-- requires: assessment
-- subject: assessments
assessment_duration AS MATERIALIZED (
  SELECT a.child_id, a.authorisation_date,
    working_days(a.start_date, a.authorisation_date) AS working_days
  FROM assessment a
  WHERE a.la = :la AND a.is_current AND a.start_date IS NOT NULL
    AND a.authorisation_date IS NOT NULL
)
-- per period
SELECT d.child_id, d.authorisation_date AS event_date,
  CASE WHEN d.working_days <= 45 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  d.working_days AS measure
FROM assessment_duration d
WHERE d.authorisation_date BETWEEN :start AND :end
