-- code: 8875
-- severity: error
-- tables: Section47
-- fields: DateOfInitialCPC
-- message: The Date of Initial Child Protection Conference cannot be a weekend
SELECT s.child_id, s.row_no, s.icpc_date
FROM v_section47 s
WHERE extract(isodow FROM s.icpc_date) IN (6, 7)
