-- code: 357
-- severity: error
-- tables: Episodes
-- fields: RNE
-- message: If this is the first episode ever for this child, reason for new episode must be S.
--   Check whether there is an episode immediately preceding this one, which has been left
--   out. If not the reason for new episode code must be amended to S.
-- reading: the child's earliest episode in the return, when it starts in the collection year and no
--   earlier year's return loaded holds an episode of the child
SELECT s.child_id, s.row_no, s.reason_new_episode
FROM (
  SELECT e.child_id, e.row_no, e.start_date, e.reason_new_episode,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS n
  FROM v_cla_episode e) s
CROSS JOIN v_return r
WHERE s.n = 1
  AND s.start_date >= r.year_start
  AND coalesce(s.reason_new_episode, '') <> 'S'
  AND NOT EXISTS (
    SELECT 1 FROM hist_cla_episode h
    WHERE h.child_id = s.child_id AND h.collection_year < r.collection_year)
