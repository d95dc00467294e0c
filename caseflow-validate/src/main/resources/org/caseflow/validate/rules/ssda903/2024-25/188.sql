-- code: 188
-- severity: error
-- tables: OC2
-- fields: SDQ_SCORE,SDQ_REASON
-- message: Child is aged under 4 years at the end of the year, but a Strengths and Difficulties
--   (SDQ) score or a reason for no SDQ score has been completed.
-- reading: the age is from the Header's DOB, on 31 March
SELECT h.child_id, h.row_no, h.sdq_score, h.sdq_reason
FROM v_health_outcome h
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE age_years(c.birth_date, r.reference_date) < 4
  AND ((h.sdq_score IS NOT NULL OR position(';SDQ_SCORE;' IN coalesce(h.unreadable, '')) > 0) OR h.sdq_reason IS NOT NULL)
