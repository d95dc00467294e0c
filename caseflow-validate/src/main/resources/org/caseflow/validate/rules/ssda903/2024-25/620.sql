-- code: 620
-- severity: error
-- tables: Header
-- fields: DOB,MOTHER
-- message: Child has been recorded as a mother, but date of birth shows that the mother is under 11
--   years of age.
-- reading: age on 1 April, the start of the collection year
SELECT c.child_id, c.row_no, c.birth_date, CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END
FROM v_child c
CROSS JOIN v_return r
WHERE c.is_mother
  AND age_years(c.birth_date, r.year_start) < 11
