-- code: 704
-- severity: error
-- tables: DoLo
-- fields: DOLO_END
-- message: The date that the DoLO ended is before the start or after the end of the collection
--   year.
SELECT d.child_id, d.row_no, d.end_date
FROM v_deprivation_of_liberty d
CROSS JOIN v_return r
WHERE d.end_date < r.year_start
   OR d.end_date > r.reference_date
