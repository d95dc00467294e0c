-- code: 197a
-- severity: error
-- tables: OC2
-- fields: SDQ_SCORE,SDQ_REASON
-- message: Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and
--   Difficulties Questionnaire score is filled in.
-- reading: a score the file held in a form that could not be read counts as filled in
SELECT o.child_id, o.row_no, o.sdq_score, o.sdq_reason
FROM v_health_outcome o
WHERE (o.sdq_score IS NOT NULL OR position(';SDQ_SCORE;' IN coalesce(o.unreadable, '')) > 0)
  AND o.sdq_reason IS NOT NULL
