-- code: 8750
-- severity: error
-- tables: ChildIdentifiers
-- fields: Sex,PersonBirthDate,ExpectedPersonBirthDate
-- message: Sex must equal U for an unborn child
-- reading: unborn: an expected date of birth and no date of birth (one the file holds in a form
--   that is not a date is not blank); a missing sex is flagged too
SELECT c.child_id, c.row_no, c.sex, c.birth_date, c.expected_birth_date
FROM v_child c
WHERE c.expected_birth_date IS NOT NULL
  AND c.birth_date IS NULL
  AND position(';PersonBirthDate;' IN coalesce(c.unreadable, '')) = 0
  AND coalesce(c.sex, '') <> 'U'
