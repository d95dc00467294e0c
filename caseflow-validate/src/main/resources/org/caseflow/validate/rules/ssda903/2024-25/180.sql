-- code: 180
-- severity: error
-- tables: OC2
-- fields: SDQ_SCORE
-- message: Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.
-- reading: a whole number from 0 to 40; a blank score is not checked here
SELECT h.child_id, h.row_no, h.sdq_score
FROM v_health_outcome h
WHERE h.sdq_score < 0 OR h.sdq_score > 40 OR position(';SDQ_SCORE;' IN coalesce(h.unreadable, '')) > 0
