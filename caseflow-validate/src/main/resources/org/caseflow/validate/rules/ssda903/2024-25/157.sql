-- code: 157
-- severity: error
-- tables: OC2,Episodes
-- fields: SDQ_REASON,DOB
-- message: Child is aged 4 years or over at the beginning of the year or 16 years or under at the
--   end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the
--   reason for no Strengths and Difficulties Questionnaire (SDQ) score.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; ages from the Header's DOB, 4 or over on 1 April and 16 or under
--   on 31 March
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
WHERE h.sdq_reason = 'SDQ1'
  AND h.sdq_score IS NULL
  AND age_years(c.birth_date, r.year_start) >= 4
  AND age_years(c.birth_date, r.reference_date) <= 16
