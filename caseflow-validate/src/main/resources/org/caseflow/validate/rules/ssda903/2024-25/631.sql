-- code: 631
-- severity: error
-- tables: PrevPerm
-- fields: PREV_PERM
-- message: Previous permanence option not a valid value.
SELECT p.child_id, p.row_no, p.previous_permanence
FROM v_previous_permanence p
WHERE p.previous_permanence NOT IN ('P1', 'P2', 'P3', 'P4', 'Z1')
