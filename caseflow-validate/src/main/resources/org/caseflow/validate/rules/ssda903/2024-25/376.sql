-- code: 376
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Temporary placements coded as being due to holiday of usual foster carer(s) cannot
--   exceed three weeks.
-- reading: a T3 placement ending more than 21 days after it started (three weeks); one still open
--   is measured to 31 March
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_type = 'T3'
  AND (e.end_date IS NOT NULL OR position(';DEC;' IN coalesce(e.unreadable, '')) = 0)
  AND coalesce(e.end_date, r.reference_date) > CAST(e.start_date + INTERVAL '21 days' AS DATE)
