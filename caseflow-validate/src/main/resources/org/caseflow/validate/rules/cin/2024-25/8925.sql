-- code: 8925
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,CPPendDate
-- message: Child Protection Plan End Date earlier than Start Date
SELECT p.child_id, p.row_no, p.start_date, p.end_date
FROM v_cp_plan p
WHERE p.end_date < p.start_date
