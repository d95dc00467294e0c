-- code: 8696
-- severity: error
-- tables: Assessments
-- fields: AssessmentAuthorisationDate,ReferenceDate
-- message: Assessment end date must fall within the census year
SELECT a.child_id, a.row_no, a.authorisation_date, r.reference_date
FROM v_assessment a
CROSS JOIN v_return r
WHERE a.authorisation_date < r.year_start OR a.authorisation_date > r.reference_date
