-- id: OC06
-- name: Children on a child in need plan at the period end
-- stage: OUTPUTS
-- definition: Children with a child in need plan open on the last day of the period (started on
--   or before it, not ended by then). CIN plan dates are collected from the 2021-22 census.
-- numerator: children with an open CINPlanDates block at the period end
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- requires: cin_plan
-- subject: children
SELECT p.child_id, max(p.start_date) AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cin_plan p
WHERE p.la = :la AND p.is_current AND p.start_date <= :end
  AND (p.end_date IS NULL OR p.end_date > :end)
GROUP BY p.child_id
