-- code: 1560Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: FormerUPN
-- message: Please check and either amend or provide a reason: Former UPN wrongly formatted
-- reading: a former UPN has a UPN's form: 13 characters, a check letter (A-Z without I, O and S),
--   11 digits, then a digit or such a letter (a temporary UPN)
SELECT c.child_id, c.row_no, c.former_upn
FROM v_child c
WHERE c.former_upn IS NOT NULL
  AND (length(c.former_upn) <> 13
       OR position(substring(c.former_upn FROM 1 FOR 1) IN 'ABCDEFGHJKLMNPQRTUVWXYZ') = 0
       OR length(translate(substring(c.former_upn FROM 2 FOR 11), '0123456789', '')) > 0
       OR position(substring(c.former_upn FROM 13 FOR 1) IN '0123456789ABCDEFGHJKLMNPQRTUVWXYZ') = 0)
