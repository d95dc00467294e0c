-- code: 566
-- severity: error
-- tables: Missing
-- fields: MISSING,MIS_END
-- message: The date that the child's episode of being missing or away from placement without
--   authorisation ended has been completed but whether the child was missing or away without
--   authorisation has not been completed.
-- reading: a MIS_END the file held in a form that is not a date counts as completed
SELECT m.child_id, m.row_no, m.missing_type, m.end_date
FROM v_missing_episode m
WHERE m.missing_type IS NULL
  AND (m.end_date IS NOT NULL OR position(';MIS_END;' IN coalesce(m.unreadable, '')) > 0)
