-- code: 8525Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: PersonBirthDate,ExpectedPersonBirthDate
-- message: Either Date of Birth or Expected Date of Birth must be provided (but not both)
-- reading: a date the file holds in a form that is not a date counts as provided
SELECT c.child_id, c.row_no, c.birth_date, c.expected_birth_date
FROM v_child c
WHERE (c.birth_date IS NOT NULL
       OR position(';PersonBirthDate;' IN coalesce(c.unreadable, '')) > 0)
    = (c.expected_birth_date IS NOT NULL
       OR position(';ExpectedPersonBirthDate;' IN coalesce(c.unreadable, '')) > 0)
