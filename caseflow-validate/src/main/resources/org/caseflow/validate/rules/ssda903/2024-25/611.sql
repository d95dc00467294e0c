-- code: 611
-- severity: error
-- tables: Header
-- fields: MOTHER,MC_DOB
-- message: Date of birth field is blank, but child is a mother.
-- reading: an MC_DOB the file holds in a form that is not a date is not blank (its form is another
--   rule's)
SELECT c.child_id, c.row_no, CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END, c.mother_child_birth_date
FROM v_child c
WHERE c.is_mother
  AND c.mother_child_birth_date IS NULL
  AND position(';MC_DOB;' IN coalesce(c.unreadable, '')) = 0
