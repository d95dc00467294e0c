-- code: 1540
-- severity: error
-- tables: ChildIdentifiers
-- fields: UPN
-- message: UPN invalid (characters 5-12 not all numeric)
-- reading: the characters 5 to 12 the UPN has must be digits (a UPN too short to have them all is
--   reported by 1550)
SELECT c.child_id, c.row_no, c.upn
FROM v_child c
WHERE c.upn IS NOT NULL
  AND length(translate(substring(c.upn FROM 5 FOR 8), '0123456789', '')) > 0
