-- id: FN04I
-- name: Unit cost per child-week: independent fostering agencies (IFA)
-- stage: FINANCE
-- definition: From the council's budget monitoring, for the latest month within the period:
--   spend to date on the budget lines of category ifa, divided by the child-weeks
--   looked-after children spent in independent fostering agencies (foster placements U1 to U6 with provider PR4 private or PR5 voluntary) from 1 April of that financial year to the
--   end of that month, as the SSDA903 episodes record them (nights in placement divided by 7).
-- numerator: spend to date on ifa lines, pounds
-- denominator: child-weeks in independent fostering agencies from 1 April to the end of the month
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
WHERE b.la = :la AND b.is_current AND b.category = 'ifa'
UNION ALL
SELECT w.child_id, w.start_date, 0, 1, CAST(0 AS DOUBLE PRECISION), w.weeks
FROM placement_weeks w
WHERE w.placement_type IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')
  AND w.placement_provider IN ('PR4', 'PR5')
