-- code: CF-CHILD-NOT-IN-HEADER
-- severity: error
-- tables: File
-- fields: Field,Value,Detail
-- message: A child appears in a table but not in the return's list of children.
-- reading: the reader's child_not_in_header findings, one per finding it kept, located in the
--   file; one finding per table, counting its rows
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'child_not_in_header'
