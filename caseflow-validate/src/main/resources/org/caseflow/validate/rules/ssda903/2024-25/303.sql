-- code: 303
-- severity: error
-- tables: UASC,Header
-- fields: DUC,UASC
-- message: If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status
--   must be coded 1.
-- reading: UASC status is the Header's UASC flag; a Header without the flag (a CSV Header without
--   the column) is not flagged
SELECT u.child_id, u.row_no, u.uasc_ceased_date, c.is_uasc
FROM v_uasc u
JOIN v_child c ON c.child_id = u.child_id
WHERE u.uasc_ceased_date IS NOT NULL
  AND c.is_uasc = FALSE
