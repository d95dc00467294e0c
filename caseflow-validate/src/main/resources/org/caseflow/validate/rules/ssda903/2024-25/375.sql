-- code: 375
-- severity: error
-- tables: Episodes,Header
-- fields: DECOM,PLACE
-- message: Hospitalisation coded as a temporary placement exceeds six weeks.
-- reading: a T1 placement ending more than 42 days after it started (six weeks); one still open is
--   measured to 31 March
SELECT e.child_id, e.row_no, e.start_date, e.placement_type
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_type = 'T1'
  AND (e.end_date IS NOT NULL OR position(';DEC;' IN coalesce(e.unreadable, '')) = 0)
  AND coalesce(e.end_date, r.reference_date) > CAST(e.start_date + INTERVAL '42 days' AS DATE)
