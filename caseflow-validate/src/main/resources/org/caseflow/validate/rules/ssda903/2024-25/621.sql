-- code: 621
-- severity: error
-- tables: Header
-- fields: DOB,MC_DOB
-- message: Mother’s field has been completed but date of birth shows that the mother is younger
--   than her child.
-- reading: MC_DOB must be after DOB: a child born on the mother's own birth date is flagged too
SELECT c.child_id, c.row_no, c.birth_date, c.mother_child_birth_date
FROM v_child c
WHERE c.mother_child_birth_date <= c.birth_date
