-- code: 453
-- severity: error
-- tables: Episodes,Episodes_last
-- fields: PL_DISTANCE
-- message: Contradiction between placement distance in the last episode of the previous year and
--   in the first episode of the current year.
-- reading: the child's first episode here (earliest DECOM) against the latest episode (latest
--   DECOM) of last year's return, when that one has no DEC and the reason for new episode is the
--   same: their PL_DISTANCE differ by 0.2 miles or more (both must be recorded; distances are to
--   one decimal place, so more than 0.15 is 0.2 or more)
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
SELECT f.child_id, f.row_no, CAST(CAST(f.placement_distance AS DECIMAL(6, 1)) AS VARCHAR)
FROM firsts f
JOIN latest p ON p.child_id = f.child_id AND p.k = 1
WHERE f.k = 1
  AND p.end_date IS NULL AND position(';DEC;' IN coalesce(p.unreadable, '')) = 0
  AND f.reason_new_episode = p.reason_new_episode
  AND abs(f.placement_distance - p.placement_distance) > 0.15
