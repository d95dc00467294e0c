-- code: 8870Q
-- severity: query
-- tables: Section47
-- fields: InitialCPCtarget
-- message: Please check and either amend or provide a reason: The Target Date for Initial Child
--   Protection Conference should not be a weekend
SELECT s.child_id, s.row_no, s.icpc_target_date
FROM v_section47 s
WHERE extract(isodow FROM s.icpc_target_date) IN (6, 7)
