-- code: 8896
-- severity: error
-- tables: Assessments
-- fields: AssessmentAuthorisationDate
-- message: Within one CINDetails group there are 2 or more open Assessments groups
-- reading: each assessment with no authorisation date is flagged where its episode has two or more
SELECT a.child_id, a.row_no, a.authorisation_date
FROM v_assessment a
WHERE a.authorisation_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_assessment o
    WHERE o.child_id = a.child_id AND o.episode_no = a.episode_no AND o.row_no <> a.row_no
      AND o.authorisation_date IS NULL)
