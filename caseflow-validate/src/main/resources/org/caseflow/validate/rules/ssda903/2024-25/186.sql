-- code: 186
-- severity: error
-- tables: Episodes,OC2
-- fields: SDQ_SCORE
-- message: Children aged 4 or over at the start of the year and children aged under 17 at the end
--   of the year and who have been looked after for at least 12 months continuously should have a
--   Strengths and Difficulties (SDQ) score completed.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; ages from the Header's DOB; a reason for no score (SDQ_REASON)
--   accounts for a blank score (157 checks SDQ1); the finding is about the child (the first table
--   is Episodes)
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
SELECT h.child_id, CAST(NULL AS INTEGER), h.sdq_score
FROM v_health_outcome h
JOIN cla12 ON cla12.child_id = h.child_id
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE h.sdq_score IS NULL AND NOT position(';SDQ_SCORE;' IN coalesce(h.unreadable, '')) > 0
  AND h.sdq_reason IS NULL
  AND age_years(c.birth_date, r.year_start) >= 4
  AND age_years(c.birth_date, r.reference_date) < 17
