-- code: 8945Q
-- severity: query
-- tables: Assessments
-- fields: AssessmentFactors
-- message: Please check and either amend data or provide a reason: the assessment factors code
--   '18A' should not be used ('18B' or '18C' should be used instead)
-- reading: the code is matched whatever its case
SELECT a.child_id, a.row_no, f.factor
FROM v_assessment a
JOIN v_assessment_factor f
  ON f.child_id = a.child_id AND f.episode_no = a.episode_no AND f.assessment_no = a.assessment_no
WHERE upper(f.factor) = '18A'
