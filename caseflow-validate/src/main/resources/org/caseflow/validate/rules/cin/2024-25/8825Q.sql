-- code: 8825Q
-- severity: query
-- tables: CINdetails
-- fields: ReasonForClosure
-- message: Please check and either amend data or provide a reason: Reason for Closure code RC8
--   (case closed after assessment) or RC9 (case closed after assessment, referred to early help)
--   has been returned but there is no assessment present for the episode.
SELECT e.child_id, e.row_no, e.reason_for_closure
FROM v_cin_episode e
WHERE e.reason_for_closure IN ('RC8', 'RC9')
  AND NOT EXISTS (
    SELECT 1 FROM v_assessment a WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no)
