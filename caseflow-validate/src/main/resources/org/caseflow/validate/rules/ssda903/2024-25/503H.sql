-- code: 503H
-- severity: error
-- tables: Episodes,Episodes_last
-- fields: PL_LA
-- message: The placement LA in first episode does not match open episode at end of last year.
-- reading: the child's first episode here (earliest DECOM) is compared with the latest episode
--   (latest DECOM) of last year's return when that one was open at 31 March (no DEC, or a DEC after
--   it), as for 503A; PL_LA is worked out at import from the postcodes
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
CROSS JOIN v_return r
WHERE f.k = 1
  AND ((p.end_date IS NULL AND position(';DEC;' IN coalesce(p.unreadable, '')) = 0)
       OR p.end_date >= r.year_start)
  AND f.placement_la IS DISTINCT FROM p.placement_la
