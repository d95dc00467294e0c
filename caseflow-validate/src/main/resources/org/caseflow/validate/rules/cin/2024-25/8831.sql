-- code: 8831
-- severity: error
-- tables: CINdetails
-- fields: AssessmentActualStartDate,AssessmentAuthorisationDate,S47ActualStartDate,DateOfInitialCPC
-- message: Activity is recorded against a case marked as a referral with no further action
-- reading: one finding per NFA episode with an assessment date, a Section 47 start or conference
--   date, or a conference date on the episode itself; the earliest of each is reported
SELECT e.child_id, e.row_no,
  (SELECT min(a.start_date) FROM v_assessment a
   WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no),
  (SELECT min(a.authorisation_date) FROM v_assessment a
   WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no),
  (SELECT min(s.start_date) FROM v_section47 s
   WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no),
  coalesce(e.icpc_date,
    (SELECT min(s.icpc_date) FROM v_section47 s
     WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no))
FROM v_cin_episode e
WHERE e.referral_nfa
  AND (e.icpc_date IS NOT NULL
    OR EXISTS (
      SELECT 1 FROM v_assessment a
      WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no
        AND (a.start_date IS NOT NULL OR a.authorisation_date IS NOT NULL))
    OR EXISTS (
      SELECT 1 FROM v_section47 s
      WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no
        AND (s.start_date IS NOT NULL OR s.icpc_date IS NOT NULL)))
