-- code: 232
-- severity: error
-- tables: Header
-- fields: SEX
-- message: Sex of the child/young person has been reported as unknown.
SELECT c.child_id, c.row_no, c.sex
FROM v_child c
WHERE c.sex = 'U'
