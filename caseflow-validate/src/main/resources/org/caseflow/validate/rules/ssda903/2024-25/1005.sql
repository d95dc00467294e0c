-- code: 1005
-- severity: error
-- tables: Missing
-- fields: MIS_END
-- message: The end date of the missing episode or episode that the child was away from placement
--   without authorisation is not a valid date.
-- reading: an MIS_END in a form that is not a date; a blank one is an episode still open
SELECT m.child_id, m.row_no, m.end_date
FROM v_missing_episode m
WHERE position(';MIS_END;' IN coalesce(m.unreadable, '')) > 0
