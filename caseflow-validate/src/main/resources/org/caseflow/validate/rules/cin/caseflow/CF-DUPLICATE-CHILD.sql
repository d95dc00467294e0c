-- code: CF-DUPLICATE-CHILD
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: The same child appears more than once in a one-row table.
-- reading: the reader's duplicate_child findings, one per finding it kept, located in the file
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'duplicate_child'
