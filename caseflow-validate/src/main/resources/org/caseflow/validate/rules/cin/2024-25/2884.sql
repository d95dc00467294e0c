-- code: 2884
-- severity: error
-- tables: Section47
-- fields: DateOfInitialCPC
-- message: An initial child protection conference is recorded at both the S47 and CIN Details
--   level and it should only be recorded in one
-- reading: the same conference is one with the same date for the same child, whichever of the
--   child's episodes holds the CIN Details date
SELECT s.child_id, s.row_no, s.icpc_date
FROM v_section47 s
WHERE s.icpc_date IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM v_cin_episode e WHERE e.child_id = s.child_id AND e.icpc_date = s.icpc_date)
