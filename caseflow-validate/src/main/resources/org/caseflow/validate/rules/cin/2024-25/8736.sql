-- code: 8736
-- severity: error
-- tables: Assessments
-- fields: AssessmentAuthorisationDate,AssessmentActualStartDate
-- message: For an Assessment that has not been completed, the start date must fall within the
--   census year
SELECT a.child_id, a.row_no, a.authorisation_date, a.start_date
FROM v_assessment a
CROSS JOIN v_return r
WHERE a.authorisation_date IS NULL
  AND (a.start_date < r.year_start OR a.start_date > r.reference_date)
