-- The council's current SSDA903 episodes, each with the start of its period of care (the latest
-- S episode starting on or before it) and of its placement (the latest episode on or before it
-- that starts a placement: reason S, P, B, T or U, except a move to adoption with the same carers,
-- T or U with A3 or A5; temporary placements T0 to T4 and short breaks V3 and V4 start none).
cla_spell AS MATERIALIZED (
  SELECT e.child_id, e.start_date, e.end_date, e.reason_new_episode, e.legal_status,
    e.placement_type,
    max(CASE WHEN e.reason_new_episode = 'S' THEN e.start_date END)
      OVER (PARTITION BY e.child_id ORDER BY e.start_date) AS care_start,
    max(CASE WHEN coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
        AND coalesce(e.placement_type, '') NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
        AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
        AND NOT (e.reason_new_episode IN ('T', 'U') AND e.placement_type IN ('A3', 'A5'))
      THEN e.start_date END)
      OVER (PARTITION BY e.child_id ORDER BY e.start_date) AS placement_start
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current
)
