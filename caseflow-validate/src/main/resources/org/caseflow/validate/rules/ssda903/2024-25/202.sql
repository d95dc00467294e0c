-- code: 202
-- severity: error
-- tables: Header,Header_last
-- fields: SEX
-- message: The gender code conflicts with the gender already recorded for this child.
-- reading: a sex recorded in one year and missing in the other is a conflict; 1 and 2 of earlier
--   years are read as M and F
SELECT c.child_id, c.row_no, c.sex
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
WHERE c.sex IS DISTINCT FROM p.sex
