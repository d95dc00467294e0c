-- A period part (period-parts:): the latest month of budget monitoring within the period, with
-- the first day of its financial year and the first day of the month after it. No row when no
-- budget month falls in the period.
budget_month AS (
  SELECT l.period,
    CAST(make_date(CAST(extract(year FROM l.period) AS INTEGER)
      - CASE WHEN extract(month FROM l.period) < 4 THEN 1 ELSE 0 END, 4, 1) AS DATE) AS fy_start,
    add_months(l.period, 1) AS month_after
  FROM (
    SELECT max(b.period) AS period FROM budget_line b
    WHERE b.la = :la AND b.is_current AND b.period BETWEEN :start AND :end
  ) l
  WHERE l.period IS NOT NULL
)
