-- code: 334
-- severity: error
-- tables: Episodes,AD1
-- fields: DATE_INT,DECOM,RNE
-- message: Date child started to be looked after in latest period of care must be on or prior to
--   the date should be placed for adoption.
-- reading: the latest period of care starts at the child's latest episode with reason for new
--   episode S
SELECT s.child_id, s.row_no, a.decision_date, s.start_date, s.reason_new_episode
FROM (
  SELECT e.child_id, e.row_no, e.start_date, e.reason_new_episode,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS n
  FROM v_cla_episode e
  WHERE e.reason_new_episode = 'S') s
JOIN v_adoption a ON a.child_id = s.child_id
WHERE s.n = 1
  AND a.decision_date < s.start_date
