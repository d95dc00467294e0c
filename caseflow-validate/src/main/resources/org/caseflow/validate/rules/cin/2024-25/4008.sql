-- code: 4008
-- severity: error
-- tables: ChildIdentifiers
-- fields: PersonDeathDate,CINPlanStartDate
-- message: CIN Plan shown as starting after the child’s Date of Death.
-- reading: each CIN plan starting after the date of death is flagged on the child's record
SELECT c.child_id, c.row_no, c.death_date, p.start_date
FROM v_child c
JOIN v_cin_plan p ON p.child_id = c.child_id
WHERE p.start_date > c.death_date
