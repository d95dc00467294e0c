-- code: 380
-- severity: error
-- tables: Episodes
-- fields: PLACE,RNE
-- message: A period of care cannot start with a temporary placement.
-- reading: a temporary placement (T0 to T4) may be entered only by a change of placement and carers
--   (RNE P, or B with the legal status): one starting care (S), or coded L, T or U, is flagged
SELECT e.child_id, e.row_no, e.placement_type, e.reason_new_episode
FROM v_cla_episode e
WHERE e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND coalesce(e.reason_new_episode, '') NOT IN ('P', 'B')
