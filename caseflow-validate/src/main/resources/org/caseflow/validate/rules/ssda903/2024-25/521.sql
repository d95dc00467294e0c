-- code: 521
-- severity: error
-- tables: Episodes,AD1
-- fields: PLACE,DECOM,DATE_INT
-- message: Date of local authority's decision (LA) that adoption is in the best interests of the
--   child (date should be placed) must be on or prior to the date the child is placed for adoption.
-- reading: every episode in an adoption placement (A3 to A6) is compared with the child's AD1
--   DATE_INT; a missing date is not flagged
SELECT e.child_id, e.row_no, e.placement_type, e.start_date, a.decision_date
FROM v_cla_episode e
JOIN v_adoption a ON a.child_id = e.child_id
WHERE e.placement_type IN ('A3', 'A4', 'A5', 'A6')
  AND a.decision_date > e.start_date
