-- id: OC12
-- name: Child protection plans ending after 2 years or more
-- stage: OUTPUTS
-- definition: Child protection plans ending in the period that had lasted 2 years or more, as
--   LAIT defines it (more than 729 days counting the end day, i.e. the end date at least 729
--   days after the start date), as a percentage of plans ending in the period.
-- numerator: CP plans ending in the period with CPPendDate minus CPPstartDate of 729 days or more
-- denominator: CP plans ending in the period (OC09)
-- unit: PERCENT
-- polarity: LOW
-- period: EVENT
-- source: CIN census
-- lait: CPPlans2yrs
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.end_date AS event_date,
  CASE WHEN p.end_date - p.start_date >= 729 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  p.end_date - p.start_date AS measure
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.end_date BETWEEN :start AND :end
