-- code: 581
-- severity: error
-- tables: Episodes,Missing
-- fields: MIS_START
-- message: Child is missing but has not yet started to be looked after.
-- reading: a period starting before the child's first episode in the return, or for a child with no
--   episode, is flagged; the finding is about the child (no Episodes row)
SELECT m.child_id, CAST(NULL AS INTEGER), m.start_date
FROM v_missing_episode m
WHERE m.start_date IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM v_cla_episode e
    WHERE e.child_id = m.child_id AND e.start_date <= m.start_date)
