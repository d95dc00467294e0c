-- code: 101
-- severity: error
-- tables: Header
-- fields: SEX
-- message: The child or young person’s reported sex is not valid.
-- reading: the sex as the file gave it (the reader turns 1 and 2 into M and F, and keeps what was
--   given), so from 2024-25 a 1 or a 2, a lower-case m and a blank are all flagged
SELECT c.child_id, c.row_no, coalesce(c.sex_given, c.sex)
FROM v_child c
WHERE coalesce(c.sex_given, c.sex) IS NULL
   OR coalesce(c.sex_given, c.sex) NOT IN ('M', 'F', 'U')
