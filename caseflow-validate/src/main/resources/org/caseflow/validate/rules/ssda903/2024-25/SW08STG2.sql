-- code: SW08STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DEC
-- message: A new social worker episode has started, but the previous episode has not ended.
-- reading: any episode without SW_DEC other than the child's latest (by SW_DECOM)
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
WITH ordered AS (
  SELECT s.child_id, s.row_no, s.end_date, s.unreadable,
    row_number() OVER (PARTITION BY s.child_id ORDER BY s.start_date DESC, s.row_no DESC) AS rn
  FROM v_social_worker_episode s
  WHERE s.start_date IS NOT NULL
)
SELECT o.child_id, o.row_no, o.end_date
FROM ordered o
WHERE o.rn > 1
  AND o.end_date IS NULL
  AND position(';SW_DEC;' IN coalesce(o.unreadable, '')) = 0
