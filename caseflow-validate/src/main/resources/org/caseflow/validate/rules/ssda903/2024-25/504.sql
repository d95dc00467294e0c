-- code: 504
-- severity: error
-- tables: Episodes
-- fields: CIN
-- message: The category of need code differs from that reported at start of current period of being
--   looked after
-- reading: each episode is compared with the first episode of its period of care as this return
--   holds it; the period goes on while the episode before ended with X1 on the day the next one
--   started
WITH e AS (
  SELECT x.child_id, x.row_no, x.start_date, x.category_of_need,
    CASE
      WHEN lag(x.reason_ceased) OVER (PARTITION BY x.child_id ORDER BY x.start_date, x.row_no) = 'X1'
        AND lag(x.end_date) OVER (PARTITION BY x.child_id ORDER BY x.start_date, x.row_no)
          = x.start_date
      THEN 0 ELSE 1
    END AS starts
  FROM v_cla_episode x
),
p AS (
  SELECT e.child_id, e.row_no, e.start_date, e.category_of_need, e.starts,
    sum(e.starts) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no
      ROWS UNBOUNDED PRECEDING) AS period
  FROM e
),
f AS (
  SELECT p.child_id, p.row_no, p.category_of_need, p.starts,
    first_value(p.category_of_need) OVER (PARTITION BY p.child_id, p.period
      ORDER BY p.start_date, p.row_no) AS first_need
  FROM p
)
SELECT f.child_id, f.row_no, f.category_of_need
FROM f
WHERE f.starts = 0 AND f.category_of_need <> f.first_need
