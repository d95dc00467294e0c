-- code: 586
-- severity: error
-- tables: Missing
-- fields: MIS_START
-- message: Dates of missing periods are before child’s date of birth.
-- reading: the date of birth is the Header's (the reader does not keep the Missing table's DOB); a
--   period starting on the birth date is not before it
SELECT m.child_id, m.row_no, m.start_date
FROM v_missing_episode m
JOIN v_child c ON c.child_id = m.child_id
WHERE m.start_date < c.birth_date
