-- code: 356
-- severity: error
-- tables: Episodes
-- fields: DECOM
-- message: The date the episode ceased is before the date the same episode started.
SELECT e.child_id, e.row_no, e.start_date
FROM v_cla_episode e
WHERE e.end_date < e.start_date
