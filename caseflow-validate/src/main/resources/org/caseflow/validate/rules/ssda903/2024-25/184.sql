-- code: 184
-- severity: error
-- tables: Header,PlacedAdoption
-- fields: DATE_PLACED,DOB
-- message: Date of decision that a child should be placed for adoption is before the child was
--   born.
-- reading: the row is the child's Header row; a decision on the day of birth is not flagged
SELECT c.child_id, c.row_no, p.decision_date, c.birth_date
FROM v_child c
JOIN v_placed_for_adoption p ON p.child_id = c.child_id
WHERE p.decision_date < c.birth_date
