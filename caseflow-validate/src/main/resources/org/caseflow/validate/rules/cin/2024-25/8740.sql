-- code: 8740
-- severity: error
-- tables: Section47
-- fields: S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
-- message: For a Section 47 Enquiry that has not held the Initial Child Protection Conference by
--   the end of the census year, the start date must fall within the census year
-- reading: a Section 47 whose conference was judged not required is not checked; a missing
--   ICPCnotRequired counts as false
SELECT s.child_id, s.row_no, s.start_date, s.icpc_date, s.icpc_not_required
FROM v_section47 s
CROSS JOIN v_return r
WHERE s.icpc_date IS NULL
  AND NOT coalesce(s.icpc_not_required, false)
  AND (s.start_date < r.year_start OR s.start_date > r.reference_date)
