-- code: SW10STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM
-- message: A new social worker episode has started before the end date of the previous social
--   worker episode.
-- reading: SW_DECOM more than 7 days before the SW_DEC of the episode before it (by SW_DECOM),
--   unless SW_REASON is FCONTA (first contact); a previous episode still open is SW08STG2's
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
WITH ordered AS (
  SELECT s.child_id, s.row_no, s.start_date, s.reason,
    lag(s.end_date) OVER (
      PARTITION BY s.child_id ORDER BY s.start_date, s.end_date, s.row_no) AS prev_end
  FROM v_social_worker_episode s
  WHERE s.start_date IS NOT NULL
)
SELECT o.child_id, o.row_no, o.start_date
FROM ordered o
WHERE coalesce(o.reason, '') <> 'FCONTA'
  AND o.start_date < CAST(o.prev_end - INTERVAL '7 days' AS DATE)
