-- id: OC07
-- name: Children on a child protection plan at the period end
-- stage: OUTPUTS
-- definition: Child protection plans open on the last day of the period (started on or before
--   it, not ended by then; a plan ended on the last day is not counted).
-- numerator: CP plans with CPPstartDate on or before the period end and CPPendDate empty or after
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- lait: CPP_Num
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.start_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date <= :end
  AND (p.end_date IS NULL OR p.end_date > :end)
