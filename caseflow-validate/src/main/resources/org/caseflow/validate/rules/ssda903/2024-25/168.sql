-- code: 168
-- severity: error
-- tables: Header
-- fields: UPN
-- message: Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2,
--   UN3, UN4 or UN5.
-- reading: a UPN is a capital letter other than I, O or S, eleven digits and a digit or capital
--   letter; a blank UPN is not checked
SELECT c.child_id, c.row_no, c.upn
FROM v_child c
WHERE c.upn IS NOT NULL
  AND c.upn NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')
  AND NOT (length(c.upn) = 13
           AND position(substring(c.upn FROM 1 FOR 1) IN 'ABCDEFGHJKLMNPQRTUVWXYZ') > 0
           AND translate(substring(c.upn FROM 2 FOR 11), '0123456789', '') = ''
           AND position(substring(c.upn FROM 13 FOR 1) IN '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0)
