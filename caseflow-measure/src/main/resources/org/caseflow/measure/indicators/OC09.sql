-- id: OC09
-- name: Child protection plans ended
-- stage: OUTPUTS
-- definition: Child protection plans ending in the period.
-- numerator: CP plans whose CPPendDate falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.end_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.end_date BETWEEN :start AND :end
