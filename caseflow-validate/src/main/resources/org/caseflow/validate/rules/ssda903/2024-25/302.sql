-- code: 302
-- severity: error
-- tables: Header,Episodes
-- fields: DECOM,DOB
-- message: First episode starts before child was born.
-- reading: the child's earliest episode in the return
SELECT c.child_id, c.row_no, f.first_start, c.birth_date
FROM v_child c
JOIN (
  SELECT e.child_id, min(e.start_date) AS first_start
  FROM v_cla_episode e
  GROUP BY e.child_id) f ON f.child_id = c.child_id
WHERE f.first_start < c.birth_date
