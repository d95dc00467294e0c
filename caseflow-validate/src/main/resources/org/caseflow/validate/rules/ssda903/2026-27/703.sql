-- code: 703
-- severity: error
-- tables: DoLo
-- fields: DOLO_START
-- message: The date that the DoLO started is after the end of the collection year.
SELECT d.child_id, d.row_no, d.start_date
FROM v_deprivation_of_liberty d
CROSS JOIN v_return r
WHERE d.start_date > r.reference_date
