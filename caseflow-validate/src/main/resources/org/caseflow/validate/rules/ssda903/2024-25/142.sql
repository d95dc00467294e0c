-- code: 142
-- severity: error
-- tables: Episodes
-- fields: DEC,REC
-- message: A new episode has started, but the previous episode has not ended.
-- reading: every episode but the child's latest (by DECOM) must have a DEC and a REC; a DEC the
--   file holds in a form that is not a date counts as given (147 reports it)
SELECT e.child_id, e.row_no, e.end_date, e.reason_ceased
FROM (
  SELECT e.*,
         row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS n
  FROM v_cla_episode e
  WHERE e.start_date IS NOT NULL
) e
WHERE e.n > 1
  AND ((e.end_date IS NULL AND NOT position(';DEC;' IN coalesce(e.unreadable, '')) > 0) OR e.reason_ceased IS NULL)
