-- code: 143
-- severity: error
-- tables: Episodes
-- fields: RNE
-- message: The reason for new episode code is not a valid code.
-- reading: a blank RNE is reported by the reader as a missing required field, not here
SELECT e.child_id, e.row_no, e.reason_new_episode
FROM v_cla_episode e
WHERE e.reason_new_episode NOT IN ('S', 'L', 'P', 'T', 'B', 'U')
