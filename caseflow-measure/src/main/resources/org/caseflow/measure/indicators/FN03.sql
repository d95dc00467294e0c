-- id: FN03
-- name: Spend to date as a percentage of budget
-- stage: FINANCE
-- definition: From the council's budget monitoring, for the latest month within the period:
--   spend from 1 April to that month on every budget line as a percentage of their annual
--   budgets.
-- numerator: spend to date, latest month of the period
-- denominator: annual budget of the same lines
-- unit: PERCENT
-- polarity: NONE
-- period: SNAPSHOT
-- source: budget monitoring
-- requires: budget_line
-- subject: pounds
-- weight: pounds
WITH latest AS (
  SELECT max(b.period) AS period FROM budget_line b
  WHERE b.la = :la AND b.is_current AND b.period BETWEEN :start AND :end
), lines AS (
  SELECT b.* FROM budget_line b JOIN latest l ON b.period = l.period
  WHERE b.la = :la AND b.is_current
)
SELECT b.budget_line AS child_id, b.period AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(b.spend_to_date AS DOUBLE PRECISION) AS weight
FROM lines b
UNION ALL
SELECT b.budget_line, b.period, 0, 1, CAST(b.annual_budget AS DOUBLE PRECISION)
FROM lines b
