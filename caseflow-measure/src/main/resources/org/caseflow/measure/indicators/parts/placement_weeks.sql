-- A period part (period-parts:, after budget_month): each SSDA903 episode's child-weeks from 1
-- April of the budget month's financial year to the end of that month (nights in placement
-- divided by 7), with its placement type and provider.
placement_weeks AS (
  SELECT e.child_id, e.start_date, e.placement_type, e.placement_provider,
    CAST(least(coalesce(e.end_date, d.month_after), d.month_after)
      - greatest(e.start_date, d.fy_start) AS DOUBLE PRECISION) / 7 AS weeks
  FROM cla_episode e CROSS JOIN budget_month d
  WHERE e.la = :la AND e.is_current
    AND e.start_date < d.month_after AND (e.end_date IS NULL OR e.end_date > d.fy_start)
)
