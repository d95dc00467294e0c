-- code: CF-DATE-OUTSIDE-COLLECTION-YEAR
-- severity: query
-- tables: File
-- fields: Field,Value,Detail
-- message: A date that should fall within the collection year falls outside it.
-- reading: the reader's date_outside_collection_year findings, one per finding it kept, located in
--   the file; a query, as the reader's warning
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'date_outside_collection_year'
