-- code: 701
-- severity: error
-- tables: DoLo
-- fields: DOLO_END
-- message: The end date of the DoLO is not a valid date.
-- reading: a DOLO_END in a form that is not a date; a blank one is an order still open
SELECT d.child_id, d.row_no, d.end_date
FROM v_deprivation_of_liberty d
WHERE position(';DOLO_END;' IN coalesce(d.unreadable, '')) > 0
