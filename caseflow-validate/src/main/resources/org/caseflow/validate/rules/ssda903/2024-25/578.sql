-- code: 578
-- severity: error
-- tables: Episodes,Missing
-- fields: MIS_START
-- message: The date that the child started to be missing is after the child ceased to be looked
--   after.
-- reading: a period is flagged, at the episode, when the child's last episode to start on or before
--   its MIS_START had ended the child's care (a reason other than X1) before that day
SELECT e.child_id, e.row_no, m.start_date
FROM v_missing_episode m
JOIN v_cla_episode e ON e.child_id = m.child_id
WHERE e.start_date <= m.start_date
  AND e.end_date < m.start_date
  AND e.reason_ceased IS NOT NULL
  AND e.reason_ceased <> 'X1'
  AND NOT EXISTS (
    SELECT 1 FROM v_cla_episode f
    WHERE f.child_id = e.child_id
      AND f.start_date <= m.start_date
      AND (f.start_date > e.start_date OR (f.start_date = e.start_date AND f.row_no > e.row_no)))
