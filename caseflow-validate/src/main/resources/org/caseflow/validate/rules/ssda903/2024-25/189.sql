-- code: 189
-- severity: error
-- tables: OC2
-- fields: DOB,SDQ_SCORE,SDQ_REASON
-- message: Child is aged 17 years or over at the beginning of the year, but an Strengths and
--   Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been
--   completed.
-- reading: the age is from the Header's DOB, on 1 April
SELECT h.child_id, h.row_no, c.birth_date, h.sdq_score, h.sdq_reason
FROM v_health_outcome h
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE age_years(c.birth_date, r.year_start) >= 17
  AND ((h.sdq_score IS NOT NULL OR position(';SDQ_SCORE;' IN coalesce(h.unreadable, '')) > 0) OR h.sdq_reason IS NOT NULL)
