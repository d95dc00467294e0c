-- code: 1570
-- severity: error
-- tables: ChildIdentifiers
-- fields: LAchildID
-- message: LA Child ID must not be longer than 20 characters
SELECT c.child_id, c.row_no, c.child_id
FROM v_child c
WHERE length(c.child_id) > 20
