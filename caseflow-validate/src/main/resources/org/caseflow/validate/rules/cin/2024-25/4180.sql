-- code: 4180
-- severity: error
-- tables: ChildIdentifiers
-- fields: Sex
-- message: Sex must be provided and equal M, F, or U
-- reading: the reader turns GenderCurrent 1, 2, 0 and 9 into M, F, U and U; any other value is
--   kept as given and flagged here
SELECT c.child_id, c.row_no, c.sex
FROM v_child c
WHERE c.sex IS NULL OR c.sex NOT IN ('M', 'F', 'U')
