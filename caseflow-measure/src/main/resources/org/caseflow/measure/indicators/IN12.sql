-- id: IN12
-- name: Early help assessments completed
-- stage: INPUTS
-- definition: Early help assessments completed in the period, from Ofsted Annex A list 2.
-- numerator: Annex A list 2 rows whose assessment completion date falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: Annex A list 2
-- requires: aa_early_help
-- subject: assessments
SELECT h.child_id, h.completion_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM aa_early_help h
WHERE h.la = :la AND h.is_current AND h.completion_date BETWEEN :start AND :end
