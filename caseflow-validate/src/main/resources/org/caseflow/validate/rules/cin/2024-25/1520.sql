-- code: 1520
-- severity: error
-- tables: ChildIdentifiers
-- fields: UPN
-- message: More than one record with the same UPN.
-- reading: every child record whose UPN another child record of the return also has is flagged
SELECT c.child_id, c.row_no, c.upn
FROM v_child c
WHERE c.upn IS NOT NULL
  AND EXISTS (SELECT 1 FROM v_child o WHERE o.upn = c.upn AND o.row_no <> c.row_no)
