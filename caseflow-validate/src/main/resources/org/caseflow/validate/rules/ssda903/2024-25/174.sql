-- code: 174
-- severity: error
-- tables: Header
-- fields: SEX,MC_DOB
-- message: Mother's child date of birth is recorded but sex shows that the child is a male.
SELECT c.child_id, c.row_no, c.sex, c.mother_child_birth_date
FROM v_child c
WHERE c.sex = 'M' AND (c.mother_child_birth_date IS NOT NULL OR position(';MC_DOB;' IN coalesce(c.unreadable, '')) > 0)
