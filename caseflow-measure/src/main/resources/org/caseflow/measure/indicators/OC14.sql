-- id: OC14
-- name: Second or subsequent child protection plans
-- stage: OUTPUTS
-- definition: Child protection plans starting in the period for a child who had been on a plan
--   before, however long ago (NumberOfPreviousCPP of 1 or more, or an earlier plan for the child
--   in the loaded history), as a percentage of plans starting in the period.
-- numerator: CP plans starting in the period with a previous plan
-- denominator: CP plans starting in the period (OC08)
-- unit: PERCENT
-- polarity: LOW
-- period: EVENT
-- source: CIN census
-- lait: PrevRegCPR
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.start_date AS event_date,
  CASE WHEN coalesce(p.previous_plans, 0) >= 1 OR EXISTS (
      SELECT 1 FROM cp_plan q
      WHERE q.la = p.la AND q.is_current AND q.child_id = p.child_id
        AND q.start_date < p.start_date) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date BETWEEN :start AND :end
