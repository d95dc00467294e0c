-- code: CF-UNREADABLE-VALUE
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A value could not be read as its type and was left empty.
-- reading: the reader's unreadable_value findings, one per finding it kept, located in the file;
--   the DfE's rule for the field's form may report it too
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'unreadable_value'
