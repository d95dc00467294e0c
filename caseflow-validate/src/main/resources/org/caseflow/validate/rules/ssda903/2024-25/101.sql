-- code: 101
-- severity: error
-- tables: Header
-- fields: SEX
-- message: The child or young person’s reported sex is not valid.
-- reading: the sex as the file gave it (the reader turns 1 and 2 into M and F, and keeps what was
--   given), so from 2024-25 a 1 or a 2, a lower-case m and a blank are all flagged; a return for a
--   year before 2024-25 codes sex as 1 (male) or 2 (female), as the DfE's guidance for those years
--   asks, and M, F or U given there are flagged
SELECT c.child_id, c.row_no, coalesce(c.sex_given, c.sex)
FROM v_child c
CROSS JOIN v_return r
WHERE coalesce(c.sex_given, c.sex) IS NULL
   OR (r.collection_year >= 2025 AND coalesce(c.sex_given, c.sex) NOT IN ('M', 'F', 'U'))
   OR (r.collection_year < 2025 AND c.sex_given IS NOT NULL AND c.sex_given NOT IN ('1', '2'))
