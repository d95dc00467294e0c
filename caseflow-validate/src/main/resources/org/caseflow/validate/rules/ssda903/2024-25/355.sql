-- code: 355
-- severity: error
-- tables: Episodes
-- fields: DECOM,DEC
-- message: Episode appears to have lasted for less than 24 hours
SELECT e.child_id, e.row_no, e.start_date, e.end_date
FROM v_cla_episode e
WHERE e.end_date = e.start_date
