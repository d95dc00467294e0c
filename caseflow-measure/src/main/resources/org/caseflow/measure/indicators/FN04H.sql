-- id: FN04H
-- name: Unit cost per child-week: children's homes
-- stage: FINANCE
-- definition: From the council's budget monitoring, for the latest month within the period:
--   spend to date on the budget lines of category childrens_homes, divided by the child-weeks
--   looked-after children spent in children's homes (placement K2, any provider) from 1 April of that financial year to the
--   end of that month, as the SSDA903 episodes record them (nights in placement divided by 7).
-- numerator: spend to date on childrens_homes lines, pounds
-- denominator: child-weeks in children's homes from 1 April to the end of the month
-- unit: RATIO
-- polarity: NONE
-- period: SNAPSHOT
-- source: budget monitoring, SSDA903
-- requires: budget_line, cla_episode
-- subject: pounds
-- weight: pounds / child-weeks
-- period-parts: budget_month, placement_weeks
SELECT b.budget_line AS child_id, b.period AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(b.spend_to_date AS DOUBLE PRECISION) AS weight,
  CAST(NULL AS DOUBLE PRECISION) AS denominator_weight
FROM budget_line b JOIN budget_month d ON b.period = d.period
WHERE b.la = :la AND b.is_current AND b.category = 'childrens_homes'
UNION ALL
SELECT w.child_id, w.start_date, 0, 1, CAST(0 AS DOUBLE PRECISION), w.weeks
FROM placement_weeks w
WHERE w.placement_type = 'K2'
