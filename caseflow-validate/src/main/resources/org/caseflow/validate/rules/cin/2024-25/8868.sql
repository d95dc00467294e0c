-- code: 8868
-- severity: error
-- tables: CINdetails
-- fields: ICPCnotRequired,CINclosureDate,DateOfInitialCPC
-- message: CIN episode is shown as closed, however Section 47 enquiry is not shown as completed
--   by ICPC date or ICPC not required flag
-- reading: one finding per Section 47 of the closed episode with neither a conference date nor
--   ICPCnotRequired true
SELECT e.child_id, e.row_no, s.icpc_not_required, e.closure_date, s.icpc_date
FROM v_cin_episode e
JOIN v_section47 s ON s.child_id = e.child_id AND s.episode_no = e.episode_no
WHERE e.closure_date IS NOT NULL
  AND s.icpc_date IS NULL
  AND NOT coalesce(s.icpc_not_required, false)
