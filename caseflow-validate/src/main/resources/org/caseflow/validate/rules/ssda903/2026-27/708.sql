-- code: 708
-- severity: error
-- tables: DoLo
-- fields: DOLO_START
-- message: Dates of DoLOs are before child’s date of birth.
-- reading: the DfE's check is that DOLO_START is after DOB, so an order starting on the date of
--   birth is flagged too
SELECT d.child_id, d.row_no, d.start_date
FROM v_deprivation_of_liberty d
JOIN v_child c ON c.child_id = d.child_id
WHERE d.start_date <= c.birth_date
