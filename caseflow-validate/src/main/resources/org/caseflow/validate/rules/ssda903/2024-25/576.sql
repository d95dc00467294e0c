-- code: 576
-- severity: error
-- tables: Missing,Missing_last
-- fields: CHILD
-- message: There is an open missing/away from placement without authorisation period in last year’s
--   return and there is no corresponding period recorded at the start of this year.
-- reading: each period open in last year's return (no MIS_END) must be in this year's with the same
--   MIS_START, for a child in this year's Header; the child's first period this year (by MIS_START)
--   is flagged, or the child alone when there is none
SELECT DISTINCT l.child_id,
  (SELECT min(m.row_no) FROM v_missing_episode m
   WHERE m.child_id = l.child_id
     AND m.start_date = (SELECT min(n.start_date) FROM v_missing_episode n
       WHERE n.child_id = l.child_id)),
  l.child_id
FROM last_missing_episode l
WHERE l.end_date IS NULL
  AND l.start_date IS NOT NULL
  AND EXISTS (SELECT 1 FROM v_child c WHERE c.child_id = l.child_id)
  AND NOT EXISTS (
    SELECT 1 FROM v_missing_episode m
    WHERE m.child_id = l.child_id AND m.start_date = l.start_date)
