-- code: 301
-- severity: error
-- tables: Header
-- fields: DOB
-- message: Date of birth falls after the year ended.
SELECT c.child_id, c.row_no, c.birth_date
FROM v_child c
CROSS JOIN v_return r
WHERE c.birth_date > r.reference_date
