-- code: 1510
-- severity: error
-- tables: ChildIdentifiers
-- fields: UPN
-- message: UPN invalid (wrong check letter at character 1)
-- reading: the DfE's check letter: characters 2 to 13 weighted 2 to 13, the sum modulo 23 read as
--   A-Z without I, O and S (0 is A); a letter at character 13 (a temporary UPN) counts as its
--   place in that alphabet. Only a UPN of 13 characters, digits at 2 to 12 and a recognised
--   character 13 is checked (1540, 1550 report the others)
WITH u AS (
  SELECT c.child_id, c.row_no, c.upn,
         2 * (position(substring(c.upn FROM 2 FOR 1) IN '0123456789') - 1)
         + 3 * (position(substring(c.upn FROM 3 FOR 1) IN '0123456789') - 1)
         + 4 * (position(substring(c.upn FROM 4 FOR 1) IN '0123456789') - 1)
         + 5 * (position(substring(c.upn FROM 5 FOR 1) IN '0123456789') - 1)
         + 6 * (position(substring(c.upn FROM 6 FOR 1) IN '0123456789') - 1)
         + 7 * (position(substring(c.upn FROM 7 FOR 1) IN '0123456789') - 1)
         + 8 * (position(substring(c.upn FROM 8 FOR 1) IN '0123456789') - 1)
         + 9 * (position(substring(c.upn FROM 9 FOR 1) IN '0123456789') - 1)
         + 10 * (position(substring(c.upn FROM 10 FOR 1) IN '0123456789') - 1)
         + 11 * (position(substring(c.upn FROM 11 FOR 1) IN '0123456789') - 1)
         + 12 * (position(substring(c.upn FROM 12 FOR 1) IN '0123456789') - 1)
         + 13 * (CASE WHEN position(substring(c.upn FROM 13 FOR 1) IN '0123456789') > 0
                      THEN position(substring(c.upn FROM 13 FOR 1) IN '0123456789') - 1
                      ELSE position(substring(c.upn FROM 13 FOR 1) IN 'ABCDEFGHJKLMNPQRTUVWXYZ') - 1
                 END) AS total
  FROM v_child c
  WHERE length(c.upn) = 13
    AND length(translate(substring(c.upn FROM 2 FOR 11), '0123456789', '')) = 0
    AND position(substring(c.upn FROM 13 FOR 1) IN '0123456789ABCDEFGHJKLMNPQRTUVWXYZ') > 0
)
SELECT u.child_id, u.row_no, u.upn
FROM u
WHERE substring(u.upn FROM 1 FOR 1)
      <> substring('ABCDEFGHJKLMNPQRTUVWXYZ' FROM mod(u.total, 23) + 1 FOR 1)
