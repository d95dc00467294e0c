-- code: 8920
-- severity: error
-- tables: ChildProtectionPlans
-- fields: PersonDeathDate,CPPendDate
-- message: Child Protection Plan cannot end after the child’s Date of Death
-- reading: ending on the day of death is allowed
SELECT p.child_id, p.row_no, c.death_date, p.end_date
FROM v_cp_plan p
JOIN v_child c ON c.child_id = p.child_id
WHERE p.end_date > c.death_date
