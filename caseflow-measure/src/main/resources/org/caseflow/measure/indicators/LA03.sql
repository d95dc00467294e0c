-- id: LA03
-- name: Children ceasing to be looked after
-- stage: OUTPUTS
-- definition: Children whose period of care ended in the period (an episode ceasing for any
--   reason other than X1, which only links episodes within one period of care), excluding short
--   breaks (V3, V4). A child who ceased more than once counts once, on the last occasion.
-- numerator: children with an episode ceasing in the period with REC other than X1
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- lait: LACceased
-- requires: cla_episode
-- subject: children
-- parts: cla_ceasing
WITH ceased AS (
  SELECT e.child_id, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.end_date DESC, e.start_date DESC) AS n
  FROM cla_ceasing e
  WHERE e.end_date BETWEEN :start AND :end
)
SELECT c.child_id, c.end_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM ceased c WHERE c.n = 1
