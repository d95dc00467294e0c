-- code: SW11bSTG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DEC
-- message: Social worker episode has ended before 31 March and no subsequent social worker episode
--   has been provided.
-- reading: an episode ending before 31 March with no episode of the child starting after it
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
SELECT s.child_id, s.row_no, s.end_date
FROM v_social_worker_episode s
CROSS JOIN v_return r
WHERE s.end_date < r.reference_date
  AND NOT EXISTS (
    SELECT 1 FROM v_social_worker_episode n
    WHERE n.child_id = s.child_id
      AND (n.start_date > s.start_date
        OR (n.start_date = s.start_date AND n.row_no > s.row_no)))
