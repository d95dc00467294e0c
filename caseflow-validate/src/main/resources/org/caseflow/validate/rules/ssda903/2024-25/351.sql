-- code: 351
-- severity: error
-- tables: Header
-- fields: DOB
-- message: Child was over 25 at the start of the current collection year.
SELECT c.child_id, c.row_no, c.birth_date
FROM v_child c
CROSS JOIN v_return r
WHERE add_months(c.birth_date, 300) < r.year_start
