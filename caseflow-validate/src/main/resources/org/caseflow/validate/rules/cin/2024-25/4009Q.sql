-- code: 4009Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: PersonDeathDate,CINPlanEndDate
-- message: CIN Plan cannot end after the child’s Date of Death
-- reading: each CIN plan ending after the date of death is flagged on the child's record; one
--   ending on the day of death is not
SELECT c.child_id, c.row_no, c.death_date, p.end_date
FROM v_child c
JOIN v_cin_plan p ON p.child_id = c.child_id
WHERE p.end_date > c.death_date
