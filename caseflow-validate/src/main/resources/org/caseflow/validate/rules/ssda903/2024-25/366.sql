-- code: 366
-- severity: error
-- tables: Episodes
-- fields: RNE
-- message: A child cannot change placement during the course of an individual short-term respite
--   break.
-- reading: every short break (V3) episode starts a new period of care (reason S)
SELECT e.child_id, e.row_no, e.reason_new_episode
FROM v_cla_episode e
WHERE e.legal_status = 'V3'
  AND coalesce(e.reason_new_episode, '') <> 'S'
