-- code: 199
-- severity: error
-- tables: Episodes
-- fields: CHILD
-- message: Episode information shows child has been previously adopted from care.
-- reading: an episode of this return that starts on or after the end of an episode that ceased in
--   adoption (E11, E12), in this return or an earlier year's
SELECT e.child_id, e.row_no, e.child_id
FROM v_cla_episode e
WHERE EXISTS (
  SELECT 1 FROM hist_cla_episode a
  WHERE a.child_id = e.child_id
    AND a.reason_ceased IN ('E11', 'E12')
    AND a.end_date IS NOT NULL
    AND e.start_date >= a.end_date
    AND NOT (a.batch_id = e.batch_id AND a.row_no = e.row_no))
