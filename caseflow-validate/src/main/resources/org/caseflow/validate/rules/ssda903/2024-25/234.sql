-- code: 234
-- severity: error
-- tables: Episodes,Header
-- fields: REASON_PLACE_CHANGE,DOB
-- message: A child aged under 10 can not change placement due to being admitted to custody
-- reading: the child's age on the date the episode ceased (31 March when it has not)
SELECT e.child_id, e.row_no, e.reason_place_change, c.birth_date
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
CROSS JOIN v_return r
WHERE e.reason_place_change = 'CUSTOD'
  AND age_years(c.birth_date, coalesce(e.end_date, r.reference_date)) < 10
