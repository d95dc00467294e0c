-- code: 571
-- severity: error
-- tables: Missing
-- fields: MIS_END
-- message: The date that the child ceased to be missing or away from placement without
--   authorisation is before the start or after the end of the collection year.
SELECT m.child_id, m.row_no, m.end_date
FROM v_missing_episode m
CROSS JOIN v_return r
WHERE m.end_date < r.year_start OR m.end_date > r.reference_date
