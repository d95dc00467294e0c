-- code: 367
-- severity: error
-- tables: Episodes
-- fields: LS,DECOM,DEC
-- message: The maximum amount of respite care allowable is 75 days in any 12-month period.
-- reading: the 12-month period is the collection year: the nights of the child's V3 episodes within
--   it (DEC minus DECOM, an episode open at 31 March counted to 31 March) are added up, and every
--   V3 episode of a child with more than 75 is flagged
WITH v3 AS (
  SELECT e.child_id, e.row_no, e.legal_status, e.start_date, e.end_date,
         extract(epoch FROM CAST(least(coalesce(e.end_date, r.reference_date), r.reference_date)
                                 AS TIMESTAMP))
         - extract(epoch FROM CAST(greatest(e.start_date, r.year_start) AS TIMESTAMP)) AS secs
  FROM v_cla_episode e
  CROSS JOIN v_return r
  WHERE e.legal_status = 'V3'
)
SELECT v.child_id, v.row_no, v.legal_status, v.start_date, v.end_date
FROM v3 v
WHERE v.secs > 0
  AND v.child_id IN (
    SELECT w.child_id FROM v3 w WHERE w.secs > 0 GROUP BY w.child_id
    HAVING sum(w.secs) > 75 * 86400)
