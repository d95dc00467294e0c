-- code: 385
-- severity: error
-- tables: Episodes
-- fields: DEC
-- message: Date episode ceased must be on or before the end of the current collection year.
SELECT e.child_id, e.row_no, e.end_date
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.end_date > r.reference_date
