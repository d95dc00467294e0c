-- code: 444
-- severity: error
-- tables: Header
-- fields: UPN
-- message: Duplicate UPN has been reported
-- reading: every Header row whose UPN another child also has is flagged; the UN1 to UN7 reasons are
--   not UPNs
SELECT c.child_id, c.row_no, c.upn
FROM v_child c
WHERE coalesce(trim(c.upn), '') <> ''
  AND upper(trim(c.upn)) NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')
  AND EXISTS (SELECT 1 FROM v_child o
              WHERE o.child_id <> c.child_id AND upper(trim(o.upn)) = upper(trim(c.upn)))
