-- code: 8873Q
-- severity: query
-- tables: Assessments
-- fields: ReasonForClosure,AssessmentFactors
-- message: Please check and either amend data or provide a reason: When there is only one
--   assessment on the episode and the factors code “21 No factors identified” has been used for
--   the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.
-- reading: an episode with no reason for closure yet is queried too
SELECT a.child_id, a.row_no, e.reason_for_closure, '21'
FROM v_assessment a
JOIN v_cin_episode e ON e.child_id = a.child_id AND e.episode_no = a.episode_no
WHERE coalesce(e.reason_for_closure, '') NOT IN ('RC8', 'RC9')
  AND EXISTS (
    SELECT 1 FROM v_assessment_factor f
    WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
      AND f.assessment_no = a.assessment_no AND f.factor = '21')
  AND NOT EXISTS (
    SELECT 1 FROM v_assessment o
    WHERE o.child_id = a.child_id AND o.episode_no = a.episode_no AND o.row_no <> a.row_no)
