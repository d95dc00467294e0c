-- code: 364
-- severity: error
-- tables: Episodes
-- fields: LS,DECOM,DEC
-- message: Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a
--   child can be detained in custody in Local Authority (LA) accommodation.
-- reading: PACE detention (J2), for at most 21 days as the DfE's check has it: a run of the child's
--   J2 episodes, each starting on or before the end of the one before, lasting more than 21
--   days from its first start to its last end (31 March when open); every episode of the run
--   is flagged
SELECT s.child_id, s.row_no, s.legal_status, s.start_date, s.end_date
FROM (
  SELECT g.*,
    min(g.start_date) OVER (PARTITION BY g.child_id, g.run_no) AS run_start,
    max(g.stop_date) OVER (PARTITION BY g.child_id, g.run_no) AS run_stop
  FROM (
    SELECT m.*,
      sum(m.new_run) OVER (PARTITION BY m.child_id ORDER BY m.start_date, m.row_no
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_no
    FROM (
      SELECT t.*,
        CASE WHEN lag(t.stop_date) OVER (PARTITION BY t.child_id ORDER BY t.start_date, t.row_no)
          >= t.start_date THEN 0 ELSE 1 END AS new_run
      FROM (
        SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.legal_status,
          coalesce(e.end_date, r.reference_date) AS stop_date
        FROM v_cla_episode e
        CROSS JOIN v_return r
        WHERE e.legal_status = 'J2' AND e.start_date IS NOT NULL) t) m) g) s
WHERE CAST(s.run_start + INTERVAL '21 days' AS DATE) < s.run_stop
