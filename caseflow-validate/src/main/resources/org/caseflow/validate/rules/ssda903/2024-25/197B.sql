-- code: 197B
-- severity: error
-- tables: OC2,Episodes
-- fields: SDQ_REASON,DOB
-- message: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; flagged: such a child whose 4th or 17th birthday falls in the
--   year, with neither score nor reason
WITH cla12 AS (
  SELECT e.child_id
  FROM v_cla_episode e CROSS JOIN v_return r
  GROUP BY e.child_id
  HAVING max(CASE WHEN e.start_date <= r.year_start
                   AND (e.end_date IS NULL OR e.end_date >= r.year_start) THEN 1 ELSE 0 END) = 1
     AND max(CASE WHEN (e.reason_new_episode = 'S' AND e.start_date > r.year_start)
                   OR (e.end_date >= r.year_start AND e.end_date <= r.reference_date
                       AND coalesce(e.reason_ceased, '') <> 'X1')
                   OR (e.legal_status IN ('V3', 'V4') AND e.start_date <= r.reference_date
                       AND (e.end_date IS NULL OR e.end_date >= r.year_start))
              THEN 1 ELSE 0 END) = 0
)
SELECT h.child_id, h.row_no, h.sdq_reason, c.birth_date
FROM v_health_outcome h
JOIN cla12 ON cla12.child_id = h.child_id
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE h.sdq_score IS NULL AND NOT position(';SDQ_SCORE;' IN coalesce(h.unreadable, '')) > 0
  AND h.sdq_reason IS NULL
  AND ((add_months(c.birth_date, 48) >= r.year_start
        AND add_months(c.birth_date, 48) <= r.reference_date)
    OR (add_months(c.birth_date, 204) >= r.year_start
        AND add_months(c.birth_date, 204) <= r.reference_date))
