-- code: 1004
-- severity: error
-- tables: Missing
-- fields: MIS_START
-- message: The start date of the missing episode or episode that the child was away from placement
--   without authorisation is not a valid date.
-- reading: MIS_START missing or in a form that is not a date
SELECT m.child_id, m.row_no, m.start_date
FROM v_missing_episode m
WHERE m.start_date IS NULL
