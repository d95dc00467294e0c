-- code: 612
-- severity: error
-- tables: Header
-- fields: SEX,MOTHER,MC_DOB
-- message: Date of birth field has been completed but mother field indicates child is not a mother.
-- reading: a girl whose MOTHER is 0 or blank with MC_DOB completed (even in a form that is not a
--   date)
SELECT c.child_id, c.row_no, c.sex, CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END, c.mother_child_birth_date
FROM v_child c
WHERE c.sex = 'F'
  AND coalesce(c.is_mother, FALSE) = FALSE
  AND position(';MOTHER;' IN coalesce(c.unreadable, '')) = 0
  AND (c.mother_child_birth_date IS NOT NULL
    OR position(';MC_DOB;' IN coalesce(c.unreadable, '')) > 0)
