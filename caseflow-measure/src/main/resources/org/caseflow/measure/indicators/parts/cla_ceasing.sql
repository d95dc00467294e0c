-- The council's current SSDA903 episodes that ended a period of care (reason ceased other than
-- X1), short breaks (V3, V4) left out.
cla_ceasing AS MATERIALIZED (
  SELECT e.child_id, e.start_date, e.end_date, e.reason_ceased
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current AND e.end_date IS NOT NULL
    AND e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1'
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
)
