-- code: 8535Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: PersonDeathDate,PersonBirthDate
-- message: Please check and either amend data or provide a reason: Child’s date of death should not
--   be prior to the date of birth
SELECT c.child_id, c.row_no, c.death_date, c.birth_date
FROM v_child c
WHERE c.death_date < c.birth_date
