-- code: 393
-- severity: error
-- tables: Header,Episodes
-- fields: MOTHER
-- message: Child is looked after but mother field is not completed.
-- reading: MOTHER is due for a girl with at least one episode other than V3 or V4; a value the file
--   held in a form that could not be read counts as completed
SELECT c.child_id, c.row_no, c.is_mother
FROM v_child c
WHERE c.sex = 'F'
  AND c.is_mother IS NULL
  AND position(';MOTHER;' IN coalesce(c.unreadable, '')) = 0
  AND EXISTS (SELECT 1 FROM v_cla_episode e
              WHERE e.child_id = c.child_id
                AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4'))
