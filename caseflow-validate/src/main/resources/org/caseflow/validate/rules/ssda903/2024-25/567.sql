-- code: 567
-- severity: error
-- tables: Missing
-- fields: MIS_START,MIS_END
-- message: The date that the missing episode or episode that the child was away from placement
--   without authorisation ended is before the date that it started.
SELECT m.child_id, m.row_no, m.start_date, m.end_date
FROM v_missing_episode m
WHERE m.end_date < m.start_date
