-- code: 8510
-- severity: error
-- tables: ChildIdentifiers
-- fields: LAchildID
-- message: More than one child record with the same LA Child ID
-- reading: every child record whose LAchildID another child record of the return also has
SELECT c.child_id, c.row_no, c.child_id
FROM v_child c
WHERE EXISTS (SELECT 1 FROM v_child o WHERE o.child_id = c.child_id AND o.row_no <> c.row_no)
