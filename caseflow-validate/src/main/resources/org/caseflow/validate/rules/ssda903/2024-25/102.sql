-- code: 102
-- severity: error
-- tables: Header
-- fields: DOB
-- message: Date of birth is not a valid date.
-- reading: a blank date of birth is not a valid date either; one the file held in another form is
--   empty and so flagged
SELECT c.child_id, c.row_no, c.birth_date
FROM v_child c
WHERE c.birth_date IS NULL
