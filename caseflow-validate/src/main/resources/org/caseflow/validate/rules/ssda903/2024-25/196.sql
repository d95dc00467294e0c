-- code: 196
-- severity: error
-- tables: OC2
-- fields: SDQ_REASON
-- message: Strengths and Difficulties (SDQ) reason is not a valid code.
-- reading: a blank reason is not checked here
SELECT h.child_id, h.row_no, h.sdq_reason
FROM v_health_outcome h
WHERE h.sdq_reason NOT IN ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')
