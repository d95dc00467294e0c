-- code: 203
-- severity: error
-- tables: Header,Header_last
-- fields: DOB
-- message: Date of birth disagrees with the date of birth already recorded for this child.
-- reading: a date of birth recorded in one year and missing in the other is a disagreement
SELECT c.child_id, c.row_no, c.birth_date
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
WHERE c.birth_date IS DISTINCT FROM p.birth_date
