-- code: 8775Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: PersonBirthDate,CINclosureDate
-- message: Please check and either amend data or provide a reason: Child is over 25 years old
-- reading: born before the ReferenceDate less 25 years, for each episode open or closed after the
--   25th birthday (a child of that age with no episode at all is queried too)
SELECT c.child_id, c.row_no, c.birth_date, e.closure_date
FROM v_child c
CROSS JOIN v_return r
LEFT JOIN v_cin_episode e ON e.child_id = c.child_id
WHERE c.birth_date < add_months(r.reference_date, -300)
  AND (e.closure_date IS NULL OR e.closure_date > add_months(c.birth_date, 300))
