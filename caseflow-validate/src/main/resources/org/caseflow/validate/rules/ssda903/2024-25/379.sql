-- code: 379
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Temporary placements for unspecified reason (placement code T4) cannot exceed seven
--   days.
-- reading: a T4 placement ending more than 7 days after it started (seven days); one still open is
--   measured to 31 March
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_type = 'T4'
  AND (e.end_date IS NOT NULL OR position(';DEC;' IN coalesce(e.unreadable, '')) = 0)
  AND coalesce(e.end_date, r.reference_date) > CAST(e.start_date + INTERVAL '7 days' AS DATE)
