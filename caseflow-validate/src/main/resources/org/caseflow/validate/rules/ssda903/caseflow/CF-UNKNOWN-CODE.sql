-- code: CF-UNKNOWN-CODE
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A code is not in the field's code list for the collection year.
-- reading: the reader's unknown_code findings, one per finding it kept, located in the file; the
--   code is kept as given (upper-cased in the SSDA903); the DfE's rule for the field may report it
--   too
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'unknown_code'
