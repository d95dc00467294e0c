-- code: 8530Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: ExpectedPersonBirthDate
-- message: Please check and either amend data or provide a reason: Expected Date of Birth is
--   outside the expected range for this census (March to December of the Census Year end)
-- reading: from the ReferenceDate less 30 days (1 March) to the ReferenceDate plus 9 months
--   (31 December), both included
SELECT c.child_id, c.row_no, c.expected_birth_date
FROM v_child c
CROSS JOIN v_return r
WHERE c.expected_birth_date < CAST(r.reference_date - INTERVAL '30 days' AS DATE)
   OR c.expected_birth_date > add_months(r.reference_date, 9)
