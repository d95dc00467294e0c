-- code: SW01bSTG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM,SW_ID,SW_REASON
-- message: For each social worker episode, information should be complete
-- reading: an episode without SW_DECOM, or one starting on or after 1 April 2023 without SW_ID or
--   SW_REASON; an SW_DECOM in a form that is not a date is SW04STG1's
SELECT s.child_id, s.row_no, s.start_date, s.social_worker_id, s.reason
FROM v_social_worker_episode s
WHERE (s.start_date IS NULL AND position(';SW_DECOM;' IN coalesce(s.unreadable, '')) = 0)
   OR (s.start_date >= DATE '2023-04-01' AND (s.social_worker_id IS NULL OR s.reason IS NULL))
