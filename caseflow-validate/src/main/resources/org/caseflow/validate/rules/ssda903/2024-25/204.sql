-- code: 204
-- severity: error
-- tables: Header,Header_last
-- fields: ETHNIC
-- message: Ethnic origin code disagrees with the ethnic origin already recorded for this child.
-- reading: an ethnic origin recorded in one year and missing in the other is a disagreement
SELECT c.child_id, c.row_no, c.ethnicity
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
WHERE c.ethnicity IS DISTINCT FROM p.ethnicity
