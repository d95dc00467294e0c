-- code: 626
-- severity: error
-- tables: Header,Header_last
-- fields: MOTHER,MC_DOB
-- message: Child was reported as a mother but the date of birth of the first child is before the
--   current year which contradicts with the mother status recorded last year.
-- reading: a mother this year who was recorded as not a mother (MOTHER 0) last year, with MC_DOB
--   before 1 April
SELECT c.child_id, c.row_no, CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END, c.mother_child_birth_date
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
CROSS JOIN v_return r
WHERE c.is_mother
  AND p.is_mother = FALSE
  AND c.mother_child_birth_date < r.year_start
