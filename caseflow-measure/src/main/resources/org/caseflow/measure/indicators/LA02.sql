-- id: LA02
-- name: Children starting to be looked after
-- stage: OUTPUTS
-- definition: Children who started to be looked after in the period (an episode with reason for
--   new episode S), excluding short breaks (V3, V4). A child who started more than once in the
--   period counts once, on the first start.
-- numerator: children with an RNE S episode starting in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- lait: LACnum_Start
-- requires: cla_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, min(e.start_date) AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM cla_current e
WHERE e.reason_new_episode = 'S'
  AND e.start_date BETWEEN :start AND :end
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
