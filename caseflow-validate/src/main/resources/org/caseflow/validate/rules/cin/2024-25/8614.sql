-- code: 8614
-- severity: error
-- tables: Assessments
-- fields: AssessmentAuthorisationDate,AssessmentFactors
-- message: Parental or child factors at assessment should only be present for a completed
--   assessment.
-- reading: one finding per assessment, with its factors listed
SELECT a.child_id, a.row_no, a.authorisation_date,
  (SELECT string_agg(f.factor, ',' ORDER BY f.factor)
   FROM v_assessment_factor f
   WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
     AND f.assessment_no = a.assessment_no)
FROM v_assessment a
WHERE a.authorisation_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_assessment_factor f
    WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
      AND f.assessment_no = a.assessment_no)
