-- code: 1003
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED,DECOM,RNE
-- message: Date of LA's decision that a child should be placed for adoption is before the child
--   started to be looked after.
-- reading: compared with the child's first episode of the return starting care (RNE S), whose row
--   is given
WITH starts AS (
  SELECT e.child_id, e.row_no, e.start_date, e.reason_new_episode,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS rn
  FROM v_cla_episode e
  WHERE e.reason_new_episode = 'S'
)
SELECT s.child_id, s.row_no, a.decision_date, s.start_date, s.reason_new_episode
FROM starts s
JOIN v_placed_for_adoption a ON a.child_id = s.child_id
WHERE s.rn = 1
  AND a.decision_date < s.start_date
