-- code: SW05STG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DEC
-- message: Date social worker episode began is not a valid date.
-- reading: an SW_DEC in a form that is not a date (the field is SW_DEC, whatever the message says);
--   a blank one is an episode still open
SELECT s.child_id, s.row_no, s.end_date
FROM v_social_worker_episode s
WHERE position(';SW_DEC;' IN coalesce(s.unreadable, '')) > 0
