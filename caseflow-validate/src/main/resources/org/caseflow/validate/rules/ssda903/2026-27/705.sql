-- code: 705
-- severity: error
-- tables: DoLo
-- fields: DOLO_START,DOLO_END
-- message: A DoLO cannot start when the previous DoLO is still open.
-- reading: the child's orders in order of DOLO_START: one starting while the one before it has no
--   DOLO_END, or before that DOLO_END, is flagged (ending the day the next starts is not);
--   the DOLO_END given is the earlier order's
WITH ordered AS (
  SELECT d.child_id, d.row_no, d.start_date,
    lag(d.end_date) OVER (PARTITION BY d.child_id ORDER BY d.start_date, d.row_no) AS prev_end,
    lag(d.row_no) OVER (PARTITION BY d.child_id ORDER BY d.start_date, d.row_no) AS prev_row
  FROM v_deprivation_of_liberty d
  WHERE d.start_date IS NOT NULL
)
SELECT o.child_id, o.row_no, o.start_date, o.prev_end
FROM ordered o
WHERE o.prev_row IS NOT NULL
  AND (o.prev_end IS NULL OR o.prev_end > o.start_date)
