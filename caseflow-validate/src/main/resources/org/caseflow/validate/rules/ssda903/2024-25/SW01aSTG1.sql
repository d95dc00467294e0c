-- code: SW01aSTG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM,SW_ID
-- message: For each social worker episode, information should be complete
-- reading: an episode without SW_DECOM, or one starting before 1 April 2023 without SW_ID; an
--   SW_DECOM in a form that is not a date is SW04STG1's
SELECT s.child_id, s.row_no, s.start_date, s.social_worker_id
FROM v_social_worker_episode s
WHERE (s.start_date IS NULL AND position(';SW_DECOM;' IN coalesce(s.unreadable, '')) = 0)
   OR (s.start_date < DATE '2023-04-01' AND s.social_worker_id IS NULL)
