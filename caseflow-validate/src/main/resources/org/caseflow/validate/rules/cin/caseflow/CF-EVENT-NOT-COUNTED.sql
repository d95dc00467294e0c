-- code: CF-EVENT-NOT-COUNTED
-- severity: query
-- tables: File
-- fields: Field,Value,Detail
-- message: An event dated after the return's reference date is kept but not counted in any figure.
-- reading: the store's event_not_counted findings, one per row it kept but leaves out of every
--   figure (a referral, assessment, plan, episode or review dated after the reference date)
SELECT CAST(NULL AS VARCHAR), f.file_name || ' ' || f.location, f.field, f.value, f.detail
FROM v_import_finding f
WHERE f.code = 'event_not_counted'
