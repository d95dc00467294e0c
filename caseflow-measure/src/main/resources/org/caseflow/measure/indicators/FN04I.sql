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
spend_lines AS (
  SELECT b.* FROM budget_line b
  WHERE b.la = :la AND b.is_current AND b.category = 'ifa'
)
-- per period
WITH latest AS (
  SELECT max(b.period) AS period FROM budget_line b
  WHERE b.la = :la AND b.is_current AND b.period BETWEEN :start AND :end
), bounds AS (
  SELECT l.period,
    CAST(make_date(CAST(extract(year FROM l.period) AS INTEGER)
      - CASE WHEN extract(month FROM l.period) < 4 THEN 1 ELSE 0 END, 4, 1) AS DATE) AS fy_start,
    add_months(l.period, 1) AS month_after
  FROM latest l WHERE l.period IS NOT NULL
)
SELECT b.budget_line AS child_id, b.period AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(b.spend_to_date AS DOUBLE PRECISION) AS weight
FROM spend_lines b JOIN bounds d ON b.period = d.period
UNION ALL
SELECT e.child_id, e.start_date, 0, 1,
  CAST(least(coalesce(e.end_date, d.month_after), d.month_after)
    - greatest(e.start_date, d.fy_start) AS DOUBLE PRECISION) / 7
FROM cla_episode e CROSS JOIN bounds d
WHERE e.la = :la AND e.is_current
  AND e.placement_type IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') AND e.placement_provider IN ('PR4', 'PR5')
  AND e.start_date < d.month_after AND (e.end_date IS NULL OR e.end_date > d.fy_start)
