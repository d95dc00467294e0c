-- code: 442
-- severity: error
-- tables: Episodes,Header
-- fields: UPN
-- message: Unique Pupil Number (UPN) field is not completed.
-- reading: a child with any episode other than V3 or V4 needs a UPN (a UN1 to UN7 reason counts);
--   the finding is about the child, so it names no Episodes row
SELECT c.child_id, CAST(NULL AS INTEGER), c.upn
FROM v_child c
WHERE coalesce(trim(c.upn), '') = ''
  AND EXISTS (SELECT 1 FROM v_cla_episode e
              WHERE e.child_id = c.child_id
                AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4'))
