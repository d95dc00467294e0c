-- code: SW04STG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM
-- message: Date social worker episode began is not a valid date..
-- reading: SW_DECOM missing or in a form that is not a date
SELECT s.child_id, s.row_no, s.start_date
FROM v_social_worker_episode s
WHERE s.start_date IS NULL
