-- code: CF-MISSING-REQUIRED-FIELD
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A required field is empty.
-- reading: the reader's missing_required_field findings, one per finding it kept, located in the
--   file; the row is kept with the field missing; the DfE's rule for the field may report it too
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'missing_required_field'
