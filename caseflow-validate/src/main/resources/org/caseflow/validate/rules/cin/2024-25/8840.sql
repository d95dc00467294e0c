-- code: 8840
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CINTable.ChildProtectionPlans,CPPstartDate,CPPendDate
-- message: Child Protection Plan cannot start and end on the same day
-- reading: the DfE's first field names the table, not a value; it is reported empty
SELECT p.child_id, p.row_no, CAST(NULL AS VARCHAR), p.start_date, p.end_date
FROM v_cp_plan p
WHERE p.end_date = p.start_date
