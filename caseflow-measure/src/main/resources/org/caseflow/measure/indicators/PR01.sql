-- id: PR01
-- name: Assessments completed
-- stage: PROCESSES
-- definition: Continuous (single) assessments authorised in the period.
-- numerator: assessments whose AssessmentAuthorisationDate falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: assessment
-- subject: assessments
SELECT a.child_id, a.authorisation_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM assessment a
WHERE a.la = :la AND a.is_current AND a.authorisation_date BETWEEN :start AND :end
