-- code: CF-DATE-AFTER-REFERENCE-DATE
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A date is after the return's reference date.
-- reading: the reader's date_after_reference_date findings, one per finding it kept, located in
--   the file
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'date_after_reference_date'
