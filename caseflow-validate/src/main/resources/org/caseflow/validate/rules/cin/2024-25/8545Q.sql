-- code: 8545Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: PersonDeathDate
-- message: Please check and either amend data or provide a reason: Child's date of death should be
--   within the census year
-- reading: from 1 April to the ReferenceDate (31 March), both included
SELECT c.child_id, c.row_no, c.death_date
FROM v_child c
CROSS JOIN v_return r
WHERE c.death_date < r.year_start OR c.death_date > r.reference_date
