-- code: 565
-- severity: error
-- tables: Missing
-- fields: MISSING,MIS_START
-- message: The date that the child started to be missing or away from placement without
--   authorisation has been completed but whether the child was missing or away from placement
--   without authorisation has not been completed.
-- reading: a MIS_START the file held in a form that is not a date counts as completed
SELECT m.child_id, m.row_no, m.missing_type, m.start_date
FROM v_missing_episode m
WHERE m.missing_type IS NULL
  AND (m.start_date IS NOT NULL OR position(';MIS_START;' IN coalesce(m.unreadable, '')) > 0)
