-- code: CF-END-BEFORE-START
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: An end date is before its start date.
-- reading: the reader's end_before_start findings, one per finding it kept, located in the file;
--   the DfE's rule for the dates may report it too
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'end_before_start'
