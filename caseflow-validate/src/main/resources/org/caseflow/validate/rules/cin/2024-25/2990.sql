-- code: 2990
-- severity: error
-- tables: CINdetails
-- fields: ReasonForClosure
-- message: Activity is recorded against a case marked as ‘Case closed after assessment, no
--   further action’ or 'case closed after assessment, referred to early help'.
-- reading: activity is a Section 47, a child protection plan, a CIN plan or an initial
--   conference date on the episode itself
SELECT e.child_id, e.row_no, e.reason_for_closure
FROM v_cin_episode e
WHERE e.reason_for_closure IN ('RC8', 'RC9')
  AND (e.icpc_date IS NOT NULL
    OR EXISTS (
      SELECT 1 FROM v_section47 s WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no)
    OR EXISTS (
      SELECT 1 FROM v_cp_plan p WHERE p.child_id = e.child_id AND p.episode_no = e.episode_no)
    OR EXISTS (
      SELECT 1 FROM v_cin_plan c WHERE c.child_id = e.child_id AND c.episode_no = e.episode_no))
