-- id: LA04
-- name: Children ceasing to be looked after: adopted
-- stage: OUTPUTS
-- definition: Children ceasing to be looked after in the period (LA03, last occasion per child)
--   whose reason for ceasing was adoption (E11, E12), as a percentage of all children ceasing.
-- numerator: children ceasing in the period with REC in ('E11', 'E12')
-- denominator: children ceasing to be looked after in the period (LA03)
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: SSDA903
-- lait: %_of LAC Adopted
-- requires: cla_episode
-- subject: children
-- parts: cla_ceasing
WITH ceased AS (
  SELECT e.child_id, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.end_date DESC, e.start_date DESC) AS n
  FROM cla_ceasing e
  WHERE e.end_date BETWEEN :start AND :end
)
SELECT c.child_id, c.end_date AS event_date,
  CASE WHEN c.reason_ceased IN ('E11', 'E12') THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM ceased c WHERE c.n = 1
