-- id: FN04F
-- name: Unit cost per child-week: in-house fostering
-- stage: FINANCE
-- definition: From the council's budget monitoring, for the latest month within the period:
--   spend to date on the budget lines of category in_house_fostering, divided by the child-weeks
--   looked-after children spent in in-house fostering (foster placements U1 to U6 with provider PR1, the council's own) from 1 April of that financial year to the
--   end of that month, as the SSDA903 episodes record them (nights in placement divided by 7).
-- numerator: spend to date on in_house_fostering lines, pounds
-- denominator: child-weeks in in-house fostering from 1 April to the end of the month
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
WHERE b.la = :la AND b.is_current AND b.category = 'in_house_fostering'
UNION ALL
SELECT w.child_id, w.start_date, 0, 1, CAST(0 AS DOUBLE PRECISION), w.weeks
FROM placement_weeks w
WHERE w.placement_type IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') AND w.placement_provider = 'PR1'
