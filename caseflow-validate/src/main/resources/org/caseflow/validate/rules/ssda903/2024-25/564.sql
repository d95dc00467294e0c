-- code: 564
-- severity: error
-- tables: Missing
-- fields: MISSING,MIS_START
-- message: Child was missing or away from placement without authorisation and the date started is
--   blank.
-- reading: a MIS_START the file held in a form that is not a date is not blank
SELECT m.child_id, m.row_no, m.missing_type, m.start_date
FROM v_missing_episode m
WHERE m.missing_type IS NOT NULL
  AND m.start_date IS NULL
  AND position(';MIS_START;' IN coalesce(m.unreadable, '')) = 0
