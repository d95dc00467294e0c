-- code: 8915
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,PersonDeathDate
-- message: Child Protection Plan shown as starting after the child’s Date of Death
-- reading: starting on the day of death is allowed
SELECT p.child_id, p.row_no, p.start_date, c.death_date
FROM v_cp_plan p
JOIN v_child c ON c.child_id = p.child_id
WHERE p.start_date > c.death_date
