-- code: 8790
-- severity: error
-- tables: Disabilities
-- fields: Disability
-- message: Disability information includes both None and other values
-- reading: the child's NONE rows are flagged when it has another code as well
SELECT d.child_id, d.row_no, d.disability
FROM v_child_disability d
WHERE d.disability = 'NONE'
  AND EXISTS (SELECT 1 FROM v_child_disability o
              WHERE o.child_id = d.child_id AND o.disability <> 'NONE')
