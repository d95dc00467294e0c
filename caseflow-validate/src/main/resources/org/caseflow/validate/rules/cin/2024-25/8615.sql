-- code: 8615
-- severity: error
-- tables: Section47
-- fields: S47ActualStartDate,DateOfInitialCPC
-- message: Section 47 Enquiry Start Date must be present and cannot be later than the date of the
--   initial Child Protection Conference
-- reading: checked where the Section 47 has a conference date; a start on the same day is fine
SELECT s.child_id, s.row_no, s.start_date, s.icpc_date
FROM v_section47 s
WHERE s.icpc_date IS NOT NULL
  AND (s.start_date IS NULL OR s.start_date > s.icpc_date)
