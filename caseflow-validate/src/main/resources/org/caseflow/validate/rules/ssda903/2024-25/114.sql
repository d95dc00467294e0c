-- code: 114
-- severity: error
-- tables: AD1
-- fields: FOSTER_CARE
-- message: Data entry to record the status of former carer(s) of an adopted child is invalid.
-- reading: a value other than 0 or 1 is flagged; a blank one is not checked here (151)
SELECT a.child_id, a.row_no, a.by_foster_carer
FROM v_adoption a
WHERE position(';FOSTER_CARE;' IN coalesce(a.unreadable, '')) > 0
