-- code: 8500
-- severity: error
-- tables: ChildIdentifiers
-- fields: LAchildID
-- message: LA Child ID missing
-- reading: the reader keeps no row of a child without LAchildID (every row is keyed by it) and
--   records it; one finding per such child, located by the reader's line in the import report
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), CAST(NULL AS VARCHAR)
FROM v_import_finding f
WHERE f.code = 'missing_required_field' AND f.field = 'LAchildID'
