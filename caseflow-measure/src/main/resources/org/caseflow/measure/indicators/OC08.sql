-- id: OC08
-- name: Child protection plans started
-- stage: OUTPUTS
-- definition: Child protection plans starting in the period.
-- numerator: CP plans whose CPPstartDate falls in the period
-- unit: COUNT
-- polarity: LOW
-- period: EVENT
-- source: CIN census
-- lait: CPP_Abuse
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.start_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date BETWEEN :start AND :end
