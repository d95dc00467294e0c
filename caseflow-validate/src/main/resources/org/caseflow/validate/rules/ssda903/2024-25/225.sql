-- code: 225
-- severity: error
-- tables: Episodes
-- fields: REASON_PLACE_CHANGE
-- message: Reason for placement change must be recorded.
-- reading: an episode ceasing with X1 whose next episode (by start date) is a change of placement
--   (reason for new episode P, B, T or U), where neither placement is temporary (T0-T4)
SELECT s.child_id, s.row_no, s.reason_place_change
FROM (
  SELECT e.child_id, e.row_no, e.reason_ceased, e.reason_place_change, e.placement_type,
    lead(e.reason_new_episode) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no)
      AS next_rne,
    lead(e.placement_type) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no)
      AS next_place
  FROM v_cla_episode e) s
WHERE s.reason_ceased = 'X1'
  AND s.reason_place_change IS NULL
  AND s.placement_type NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND s.next_rne IN ('P', 'B', 'T', 'U')
  AND s.next_place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
