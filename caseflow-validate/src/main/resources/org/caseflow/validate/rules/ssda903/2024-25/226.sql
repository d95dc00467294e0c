-- code: 226
-- severity: error
-- tables: Episodes
-- fields: REASON_PLACE_CHANGE,PLACE
-- message: Reason for placement change is not required for temporary placements.
-- reading: a temporary placement (T0-T4) needs no reason on its own episode nor on the episode
--   before it (the move into it); the reason reported is the episode's own, else the one
--   before
SELECT s.child_id, s.row_no, coalesce(s.reason_place_change, s.prev_reason), s.placement_type
FROM (
  SELECT e.child_id, e.row_no, e.placement_type, e.reason_place_change,
    lag(e.reason_place_change) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no)
      AS prev_reason
  FROM v_cla_episode e) s
WHERE s.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (s.reason_place_change IS NOT NULL OR s.prev_reason IS NOT NULL)
