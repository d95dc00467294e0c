-- code: 141
-- severity: error
-- tables: Episodes
-- fields: DECOM
-- message: Date episode began is not a valid date.
-- reading: a blank DECOM is not a valid date either
SELECT e.child_id, e.row_no, e.start_date
FROM v_cla_episode e
WHERE e.start_date IS NULL
