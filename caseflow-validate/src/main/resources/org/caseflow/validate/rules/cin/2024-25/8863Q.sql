-- code: 8863Q
-- severity: query
-- tables: Assessments
-- fields: AssessmentActualStartDate,AssessmentAuthorisationDate
-- message: An Assessment is shown as starting when there is another Assessment ongoing.
-- reading: within one episode, an assessment starting on or between another's start and
--   authorisation (or, where that one has none, the reference date) is queried
SELECT a.child_id, a.row_no, a.start_date, a.authorisation_date
FROM v_assessment a
CROSS JOIN v_return r
WHERE EXISTS (
    SELECT 1 FROM v_assessment o
    WHERE o.child_id = a.child_id AND o.episode_no = a.episode_no AND o.row_no <> a.row_no
      AND a.start_date >= o.start_date
      AND a.start_date <= coalesce(o.authorisation_date, r.reference_date))
