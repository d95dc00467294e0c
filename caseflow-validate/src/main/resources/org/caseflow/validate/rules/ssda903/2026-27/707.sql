-- code: 707
-- severity: error
-- tables: DoLo,Episodes
-- fields: DOLO_END
-- message: Child ceased to be looked after but there is a DoLO without an end date.
-- reading: the child's latest episode (by DECOM) has a DEC and an order has no DOLO_END
WITH latest AS (
  SELECT e.child_id, e.end_date,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
)
SELECT d.child_id, d.row_no, d.end_date
FROM v_deprivation_of_liberty d
JOIN latest l ON l.child_id = d.child_id AND l.rn = 1
WHERE d.end_date IS NULL
  AND position(';DOLO_END;' IN coalesce(d.unreadable, '')) = 0
  AND l.end_date IS NOT NULL
