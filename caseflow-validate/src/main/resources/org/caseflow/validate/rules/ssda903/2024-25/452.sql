-- code: 452
-- severity: error
-- tables: Episodes,Episodes_last
-- fields: PL_LA
-- message: Contradiction between local authority of placement code in the last episode of the
--   previous year and in the first episode of the current year.
-- reading: the child's first episode here (earliest DECOM) against the latest episode (latest
--   DECOM) of last year's return, when that one has no DEC and the reason for new episode is the
--   same: their PL_LA differ (one missing and the other not counts)
WITH firsts AS (
  SELECT e.child_id, e.row_no, e.reason_new_episode, e.placement_la, e.placement_location,
         e.placement_distance,
         row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS k
  FROM v_cla_episode e
  WHERE e.start_date IS NOT NULL
),
latest AS (
  SELECT l.child_id, l.end_date, l.unreadable, l.reason_new_episode, l.placement_la,
         l.placement_location, l.placement_distance,
         row_number() OVER (PARTITION BY l.child_id
                            ORDER BY l.start_date DESC, l.row_no DESC) AS k
  FROM last_cla_episode l
  WHERE l.start_date IS NOT NULL
)
SELECT f.child_id, f.row_no, f.placement_la
FROM firsts f
JOIN latest p ON p.child_id = f.child_id AND p.k = 1
WHERE f.k = 1
  AND p.end_date IS NULL AND position(';DEC;' IN coalesce(p.unreadable, '')) = 0
  AND f.reason_new_episode = p.reason_new_episode
  AND f.placement_la IS DISTINCT FROM p.placement_la
