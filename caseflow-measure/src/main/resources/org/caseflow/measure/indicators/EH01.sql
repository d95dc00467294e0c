-- id: EH01
-- name: Early help assessments completed, by organisation
-- stage: INPUTS
-- definition: Early help assessments completed in the period (Annex A list 2), broken down by
--   the organisation that completed them.
-- numerator: early help assessments whose completion date falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: Annex A
-- requires: aa_early_help
-- subject: assessments
-- breakdown: organisation
-- breaks-down: IN12
SELECT e.child_id, e.completion_date AS event_date, 1 AS in_numerator, 0 AS in_denominator,
  coalesce(e.organisation, 'not recorded') AS category
FROM aa_early_help e
WHERE e.la = :la AND e.is_current AND e.completion_date BETWEEN :start AND :end
