-- code: 630
-- severity: error
-- tables: Episodes,PrevPerm
-- fields: RNE
-- message: Information on previous permanence option should be returned.
-- reading: each episode starting a period of care (RNE S) in the year needs a PrevPerm row with
--   PREV_PERM; LA_PERM and DATE_PERM are not required here
SELECT e.child_id, e.row_no, e.reason_new_episode
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.reason_new_episode = 'S'
  AND e.start_date >= r.year_start
  AND NOT EXISTS (
    SELECT 1 FROM v_previous_permanence p
    WHERE p.child_id = e.child_id AND p.previous_permanence IS NOT NULL)
