-- code: 8794
-- severity: error
-- tables: Disabilities
-- fields: Disability
-- message: Child has two or more disabilities with the same code
-- reading: each repeat of a code after the child's first row with it is flagged
SELECT d.child_id, d.row_no, d.disability
FROM v_child_disability d
WHERE EXISTS (SELECT 1 FROM v_child_disability o
              WHERE o.child_id = d.child_id AND o.disability = d.disability
                AND o.row_no < d.row_no)
