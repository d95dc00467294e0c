-- code: 358
-- severity: error
-- tables: Header,Episodes
-- fields: DECOM,DOB,LS
-- message: Child with this legal status should not be under 10.
-- reading: legal statuses J1, J2 and J3 (remand, PACE, sentence); under 10 on the episode's start
--   date; the Header row is named, with the episode's values
SELECT c.child_id, c.row_no, e.start_date, c.birth_date, e.legal_status
FROM v_child c
JOIN v_cla_episode e ON e.child_id = c.child_id
WHERE e.legal_status IN ('J1', 'J2', 'J3')
  AND age_years(c.birth_date, e.start_date) < 10
