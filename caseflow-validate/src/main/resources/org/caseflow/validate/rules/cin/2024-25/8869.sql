-- code: 8869
-- severity: error
-- tables: Assessments
-- fields: AssessmentFactors
-- message: The assessment factors code “21” cannot be used in conjunction with any other
--   assessment factors.
-- reading: one finding per assessment, with its factors listed
SELECT a.child_id, a.row_no,
  (SELECT string_agg(f.factor, ',' ORDER BY f.factor)
   FROM v_assessment_factor f
   WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
     AND f.assessment_no = a.assessment_no)
FROM v_assessment a
WHERE EXISTS (
    SELECT 1 FROM v_assessment_factor f
    WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
      AND f.assessment_no = a.assessment_no AND f.factor = '21')
  AND EXISTS (
    SELECT 1 FROM v_assessment_factor f
    WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
      AND f.assessment_no = a.assessment_no AND f.factor <> '21')
