-- id: OC11
-- name: Child protection plans open for 2 years or more
-- stage: OUTPUTS
-- definition: Child protection plans open at the period end that had by then lasted 2 years or
--   more (started on or before the same day 2 years earlier), as a percentage of plans open at
--   the period end.
-- numerator: CP plans open at the period end with CPPstartDate on or before the day 2 years
--   before it
-- denominator: CP plans open at the period end (OC07)
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CIN census
-- lait: CPPlans2yrsActive
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.start_date AS event_date,
  CASE WHEN p.start_date <= add_months(:end, -24) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date <= :end
  AND (p.end_date IS NULL OR p.end_date > :end)
