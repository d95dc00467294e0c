-- The council's current SSDA903 episodes, short breaks included (each query still says what it
-- leaves out).
cla_current AS MATERIALIZED (
  SELECT e.* FROM cla_episode e WHERE e.la = :la AND e.is_current
)
