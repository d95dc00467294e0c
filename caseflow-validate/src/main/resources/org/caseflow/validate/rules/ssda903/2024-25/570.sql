-- code: 570
-- severity: error
-- tables: Missing
-- fields: MIS_START
-- message: The date that the child started to be missing or away from placement without
--   authorisation is after the end of the collection year.
SELECT m.child_id, m.row_no, m.start_date
FROM v_missing_episode m
CROSS JOIN v_return r
WHERE m.start_date > r.reference_date
