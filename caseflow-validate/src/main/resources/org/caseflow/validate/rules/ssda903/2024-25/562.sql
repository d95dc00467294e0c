-- code: 562
-- severity: error
-- tables: Episodes,Episodes_last
-- fields: DECOM
-- message: Episode commenced before the start of the current collection year but there is a missing
--   continuous episode in the previous year.
-- reading: the child's earliest episode in this return, when it began before 1 April, must be the
--   latest-starting episode of the child in last year's return (the same DECOM)
WITH first_episode AS (
  SELECT x.child_id, x.row_no, x.start_date,
    row_number() OVER (PARTITION BY x.child_id ORDER BY x.start_date, x.row_no) AS n
  FROM v_cla_episode x
),
prior_episode AS (
  SELECT l.child_id, max(l.start_date) AS start_date
  FROM last_cla_episode l
  GROUP BY l.child_id
)
SELECT f.child_id, f.row_no, f.start_date
FROM first_episode f
CROSS JOIN v_return r
LEFT JOIN prior_episode l ON l.child_id = f.child_id
WHERE f.n = 1
  AND f.start_date < r.year_start
  AND (l.start_date IS NULL OR l.start_date <> f.start_date)
