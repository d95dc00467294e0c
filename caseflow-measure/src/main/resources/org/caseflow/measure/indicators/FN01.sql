-- id: FN01
-- name: Projected variance against budget (pounds)
-- stage: FINANCE
-- definition: From the council's budget monitoring, for the latest month within the period:
--   projected outturn less annual budget, summed over every budget line. Above 0 is a
--   projected overspend. Measured month by month it gives the trend of the projection through
--   the year.
-- numerator: sum of projected outturn less annual budget, latest month of the period
-- unit: COUNT
-- polarity: LOW
-- period: SNAPSHOT
-- source: budget monitoring
-- requires: budget_line
-- subject: pounds
-- weight: pounds
WITH latest AS (
  SELECT max(b.period) AS period FROM budget_line b
  WHERE b.la = :la AND b.is_current AND b.period BETWEEN :start AND :end
)
SELECT b.budget_line AS child_id, b.period AS event_date, 1 AS in_numerator,
  0 AS in_denominator,
  CAST(b.projected_outturn - b.annual_budget AS DOUBLE PRECISION) AS weight
FROM budget_line b JOIN latest l ON b.period = l.period
WHERE b.la = :la AND b.is_current
