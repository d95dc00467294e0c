-- code: 352
-- severity: error
-- tables: Header,Episodes
-- fields: DECOM,RNE
-- message: Child who started to be looked after was aged 18 or over.
-- reading: an episode with reason S that starts on or after the child's 18th birthday; the Header
--   row is named, with the episode's values
SELECT c.child_id, c.row_no, e.start_date, e.reason_new_episode
FROM v_child c
JOIN v_cla_episode e ON e.child_id = c.child_id
WHERE e.reason_new_episode = 'S'
  AND age_years(c.birth_date, e.start_date) >= 18
