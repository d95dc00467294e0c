-- code: 100
-- severity: error
-- tables: Header
-- fields: ReferenceDate
-- message: Reference Date is incorrect
-- reading: the ReferenceDate must be 31 March of the collection year; the reader takes the year
--   the header's Year names (the year the collection ends: 2022 is 2021-22), or without one the
--   year containing the date given, and records a date that is not 31 March of it, which this
--   rule reports
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), f.value
FROM v_import_finding f
WHERE f.code = 'reference_date_incorrect'
