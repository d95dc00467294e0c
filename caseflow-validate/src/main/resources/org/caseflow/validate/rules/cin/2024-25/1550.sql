-- code: 1550
-- severity: error
-- tables: ChildIdentifiers
-- fields: UPN
-- message: UPN invalid (character 13 not a recognised value)
-- reading: character 13 must be a digit or a capital letter other than I, O and S; a UPN that is
--   not 13 characters long (no character 13, or more after it) is flagged too
SELECT c.child_id, c.row_no, c.upn
FROM v_child c
WHERE c.upn IS NOT NULL
  AND (length(c.upn) <> 13
       OR position(substring(c.upn FROM 13 FOR 1) IN '0123456789ABCDEFGHJKLMNPQRTUVWXYZ') = 0)
