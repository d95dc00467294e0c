-- code: 8590
-- severity: error
-- tables: ChildIdentifiers
-- fields: LAchildID
-- message: Child does not have a recorded CIN episode.
SELECT c.child_id, c.row_no, c.child_id
FROM v_child c
WHERE NOT EXISTS (SELECT 1 FROM v_cin_episode e WHERE e.child_id = c.child_id)
