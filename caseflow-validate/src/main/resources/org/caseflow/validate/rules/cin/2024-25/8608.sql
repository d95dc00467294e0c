-- code: 8608
-- severity: error
-- tables: Assessments
-- fields: AssessmentActualStartDate,AssessmentAuthorisationDate
-- message: Assessment Start Date cannot be later than its End Date
SELECT a.child_id, a.row_no, a.start_date, a.authorisation_date
FROM v_assessment a
WHERE a.start_date > a.authorisation_date
