-- code: SW02STG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_ID
-- message: Social worker ID does not begin with the characters ‘SW’ or ‘XX’.
-- reading: capitals only, as the message writes them; a missing SW_ID is SW01's
SELECT s.child_id, s.row_no, s.social_worker_id
FROM v_social_worker_episode s
WHERE substring(s.social_worker_id FROM 1 FOR 2) NOT IN ('SW', 'XX')
