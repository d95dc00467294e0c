-- code: 8867
-- severity: error
-- tables: CINdetails
-- fields: CINclosureDate,AssessmentAuthorisationDate
-- message: CIN episode is shown as closed, however Assessment is not shown as completed
-- reading: one finding per assessment of the closed episode that has no authorisation date
SELECT e.child_id, e.row_no, e.closure_date, a.authorisation_date
FROM v_cin_episode e
JOIN v_assessment a ON a.child_id = e.child_id AND a.episode_no = e.episode_no
WHERE e.closure_date IS NOT NULL
  AND a.authorisation_date IS NULL
