-- code: 233
-- severity: error
-- tables: Episodes
-- fields: REASON_PLACE_CHANGE,REASON_PLACE_CHANGE
-- message: Reason for placement change is not required when the episode has not ceased.
-- reading: an episode with no date ceased (and none the file held in an unreadable form)
SELECT e.child_id, e.row_no, e.reason_place_change, e.reason_place_change
FROM v_cla_episode e
WHERE e.reason_place_change IS NOT NULL
  AND e.end_date IS NULL
  AND position(';DEC;' IN coalesce(e.unreadable, '')) = 0
