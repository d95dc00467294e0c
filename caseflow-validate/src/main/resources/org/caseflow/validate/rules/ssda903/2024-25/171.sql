-- code: 171
-- severity: error
-- tables: Header
-- fields: MC_DOB
-- message: Date of birth of mother's child is not a valid date.
SELECT c.child_id, c.row_no, c.mother_child_birth_date
FROM v_child c
WHERE position(';MC_DOB;' IN coalesce(c.unreadable, '')) > 0
