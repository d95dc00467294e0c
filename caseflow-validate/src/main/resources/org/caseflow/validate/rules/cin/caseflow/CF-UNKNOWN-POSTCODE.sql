-- code: CF-UNKNOWN-POSTCODE
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A postcode is not in the ONS Postcode Directory (November 2025).
-- reading: the reader's unknown_postcode findings, one per finding it kept, located in the file;
--   the finding never quotes the postcode; the DfE's rule 392c reports the same row by its child
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'unknown_postcode'
