-- code: 380
-- severity: error
-- tables: Episodes
-- fields: PLACE,RNE
-- message: A period of care cannot start with a temporary placement.
-- reading: a period of care starts with an episode whose RNE is S; such an episode must not be in a
--   temporary placement (T0 to T4)
SELECT e.child_id, e.row_no, e.placement_type, e.reason_new_episode
FROM v_cla_episode e
WHERE e.reason_new_episode = 'S' AND e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
