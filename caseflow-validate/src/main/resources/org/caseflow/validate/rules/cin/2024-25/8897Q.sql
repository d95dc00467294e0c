-- code: 8897Q
-- severity: query
-- tables: Assessments
-- fields: AssessmentAuthorisationDate,AssessmentFactors
-- message: Parental or child factors at assessment information is missing from a completed
--   assessment
-- reading: an assessment authorised on or after the start of the census year needs at least one
--   factor from the code list (18A and 19A count: rules 8945Q and 8950Q query them); its factors
--   are listed
SELECT a.child_id, a.row_no, a.authorisation_date,
  (SELECT string_agg(f.factor, ',' ORDER BY f.factor)
   FROM v_assessment_factor f
   WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
     AND f.assessment_no = a.assessment_no)
FROM v_assessment a
CROSS JOIN v_return r
WHERE a.authorisation_date >= r.year_start
  AND NOT EXISTS (
    SELECT 1 FROM v_assessment_factor f
    WHERE f.child_id = a.child_id AND f.episode_no = a.episode_no
      AND f.assessment_no = a.assessment_no
      AND f.factor IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C',
        '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A',
        '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20',
        '21', '22A', '23A', '24A'))
