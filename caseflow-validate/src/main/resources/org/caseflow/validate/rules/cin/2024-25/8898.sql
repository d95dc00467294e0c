-- code: 8898
-- severity: error
-- tables: Assessments
-- fields: AssessmentFactors
-- message: The assessment has more than one parental or child factors with the same code
-- reading: one finding per code repeated within an assessment
SELECT a.child_id, a.row_no, f.factor
FROM v_assessment a
JOIN v_assessment_factor f
  ON f.child_id = a.child_id AND f.episode_no = a.episode_no AND f.assessment_no = a.assessment_no
GROUP BY a.child_id, a.row_no, f.factor
HAVING count(*) > 1
