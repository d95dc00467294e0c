-- code: 501
-- severity: error
-- tables: Episodes
-- fields: DECOM,DEC
-- message: A new episode has started before the end date of the previous episode.
-- reading: episodes of the child in this return in order of DECOM; the later one is flagged, with
--   the previous episode's DEC; a previous episode with no DEC is not judged here
WITH seq AS (
  SELECT e.child_id, e.row_no, e.start_date,
         lag(e.end_date) OVER (PARTITION BY e.child_id
                               ORDER BY e.start_date, e.end_date NULLS LAST, e.row_no) AS prev_end
  FROM v_cla_episode e
)
SELECT q.child_id, q.row_no, q.start_date, q.prev_end
FROM seq q
WHERE q.start_date < q.prev_end
