-- code: 353
-- severity: error
-- tables: Episodes
-- fields: DECOM
-- message: No episode submitted can start before 14 October 1991.
SELECT e.child_id, e.row_no, e.start_date
FROM v_cla_episode e
WHERE e.start_date < DATE '1991-10-14'
