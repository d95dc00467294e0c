-- code: 354
-- severity: error
-- tables: Episodes
-- fields: DECOM
-- message: Date episode ceased must be on or before the end of the current collection year.
-- reading: the DfE names DECOM as the field; the value reported is the episode's DECOM
SELECT e.child_id, e.row_no, e.start_date
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.end_date > r.reference_date
