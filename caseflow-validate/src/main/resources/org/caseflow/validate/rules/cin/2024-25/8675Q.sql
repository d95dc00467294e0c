-- code: 8675Q
-- severity: query
-- tables: Section47
-- fields: DateOfInitialCPC,S47ActualStartDate,ICPCnotRequired
-- message: Please check and either amend data or provide a reason: S47 Enquiry started more than
--   15 working days before the end of the census year. However, there is no date of Initial
--   Child Protection Conference.
-- reading: more than 15 working days after the start up to and including the reference date; a
--   missing ICPCnotRequired counts as false
SELECT s.child_id, s.row_no, s.icpc_date, s.start_date, s.icpc_not_required
FROM v_section47 s
CROSS JOIN v_return r
WHERE s.icpc_date IS NULL
  AND NOT coalesce(s.icpc_not_required, false)
  AND working_days(s.start_date, r.reference_date) > 15
