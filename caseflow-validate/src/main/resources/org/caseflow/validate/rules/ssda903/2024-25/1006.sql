-- code: 1006
-- severity: error
-- tables: Missing
-- fields: MISSING
-- message: Missing type invalid.
SELECT m.child_id, m.row_no, m.missing_type
FROM v_missing_episode m
WHERE m.missing_type NOT IN ('M', 'A')
