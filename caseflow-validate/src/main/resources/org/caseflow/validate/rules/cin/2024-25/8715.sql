-- code: 8715
-- severity: error
-- tables: Section47
-- fields: DateOfInitialCPC,ReferenceDate
-- message: Date of Initial Child Protection Conference must fall within the census year
SELECT s.child_id, s.row_no, s.icpc_date, r.reference_date
FROM v_section47 s
CROSS JOIN v_return r
WHERE s.icpc_date < r.year_start OR s.icpc_date > r.reference_date
