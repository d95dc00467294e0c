-- id: LA01
-- name: Children looked after at the period end
-- stage: OUTPUTS
-- definition: Children looked after on the last day of the period: an episode started on or
--   before it and not ceased by then (an episode ceasing on the last day is not counted),
--   excluding children looked after under an agreed series of short breaks (legal status V3 or
--   V4). Each child counts once.
-- numerator: children with a non-short-break episode open at the period end
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: SSDA903
-- lait: LACnum
-- requires: cla_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, max(e.start_date) AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cla_current e
WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
