-- code: 105
-- severity: error
-- tables: Header
-- fields: UASC
-- message: Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid
--   or has not been completed.
-- reading: a UASC that is not 0 or 1 is flagged; a blank one only when the return carries the UASC
--   item (some child has it), as the XML form does and the CSV Header (which has no UASC column)
--   does not
SELECT c.child_id, c.row_no, c.is_uasc
FROM v_child c
WHERE position(';UASC;' IN coalesce(c.unreadable, '')) > 0
   OR (c.is_uasc IS NULL
       AND EXISTS (
         SELECT 1 FROM v_child o
         WHERE o.is_uasc IS NOT NULL OR position(';UASC;' IN coalesce(o.unreadable, '')) > 0))
