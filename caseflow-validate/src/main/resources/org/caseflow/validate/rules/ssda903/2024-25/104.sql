-- code: 104
-- severity: error
-- tables: UASC
-- fields: DUC
-- message: Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.
SELECT u.child_id, u.row_no, u.uasc_ceased_date
FROM v_uasc u
WHERE position(';DUC;' IN coalesce(u.unreadable, '')) > 0
