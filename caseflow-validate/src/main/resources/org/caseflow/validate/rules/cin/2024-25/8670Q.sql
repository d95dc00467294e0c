-- code: 8670Q
-- severity: query
-- tables: Assessments
-- fields: AssessmentActualStartDate
-- message: Please check and either amend data or provide a reason: Assessment started more than
--   45 working days before the end of the census year. However, there is no Assessment end date.
-- reading: more than 45 working days after the start up to and including the reference date
SELECT a.child_id, a.row_no, a.start_date
FROM v_assessment a
CROSS JOIN v_return r
WHERE a.authorisation_date IS NULL
  AND working_days(a.start_date, r.reference_date) > 45
