-- id: LA28
-- name: Children looked after away from placement without authorisation
-- stage: OUTPUTS
-- definition: Children looked after at any time in the period (excluding short breaks) who had
--   at least one episode away from placement without authorisation (MISSING = A) in the period, including one already open on its
--   first day, as a percentage of all children looked after at any time in the period.
-- numerator: children looked after in the period with an away episode overlapping the period
-- denominator: children looked after at any time in the period
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- lait: Children_Away
-- requires: cla_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, min(e.start_date) AS event_date,
  CASE WHEN EXISTS (SELECT 1 FROM missing_episode m WHERE m.la = :la AND m.is_current
      AND m.child_id = e.child_id AND m.missing_type = 'A' AND m.start_date <= :end
      AND (m.end_date IS NULL OR m.end_date >= :start)) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cla_current e
WHERE e.start_date <= :end
  AND (e.end_date IS NULL OR e.end_date >= :start)
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
