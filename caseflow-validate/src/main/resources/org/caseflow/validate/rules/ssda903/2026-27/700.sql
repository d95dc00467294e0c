-- code: 700
-- severity: error
-- tables: DoLo
-- fields: DOLO_START
-- message: The start date of the DoLO is not a valid date.
-- reading: DOLO_START missing or in a form that is not a date
SELECT d.child_id, d.row_no, d.start_date
FROM v_deprivation_of_liberty d
WHERE d.start_date IS NULL
