-- code: CF-REFERENCE-DATE-INCORRECT
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: The return's reference date is not the last day of its collection year.
-- reading: the reader's reference_date_incorrect findings, one per finding it kept, located in the
--   file; the return is read as the collection year its header's Year names (the year it ends),
--   or without one the year containing its reference date
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'reference_date_incorrect'
