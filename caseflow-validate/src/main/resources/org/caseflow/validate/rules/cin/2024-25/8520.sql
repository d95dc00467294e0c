-- code: 8520
-- severity: error
-- tables: ChildIdentifiers
-- fields: PersonBirthDate,ReferenceDate
-- message: Date of Birth is after data collection period (must be on or before the end of the
--   census period)
SELECT c.child_id, c.row_no, c.birth_date, r.reference_date
FROM v_child c
CROSS JOIN v_return r
WHERE c.birth_date > r.reference_date
