-- code: 101
-- severity: error
-- tables: Header
-- fields: SEX
-- message: The child or young person’s reported sex is not valid.
-- reading: a blank sex is not valid; 1 and 2 are read as M and F by the reader (with an
--   unknown_code import finding from 2024-25), so only a value that is no sex code at all is
--   flagged
SELECT c.child_id, c.row_no, c.sex
FROM v_child c
WHERE c.sex IS NULL OR c.sex NOT IN ('M', 'F', 'U') OR position(';SEX;' IN coalesce(c.unreadable, '')) > 0
