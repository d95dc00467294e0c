-- code: 577
-- severity: error
-- tables: Episodes,Missing
-- fields: MIS_END
-- message: Child ceased to be looked after but there is a missing/away from placement without
--   authorisation period without an end date.
-- reading: a period with no MIS_END is flagged at each episode that ended the child's care (a
--   reason other than X1) on or after the period started
SELECT DISTINCT e.child_id, e.row_no, m.end_date
FROM v_cla_episode e
JOIN v_missing_episode m ON m.child_id = e.child_id
WHERE m.end_date IS NULL
  AND m.start_date IS NOT NULL
  AND e.reason_ceased IS NOT NULL
  AND e.reason_ceased <> 'X1'
  AND e.end_date >= m.start_date
