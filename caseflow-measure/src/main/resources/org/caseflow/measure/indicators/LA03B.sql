-- id: LA03B
-- name: Children ceasing to be looked after by reason
-- stage: OUTPUTS
-- definition: Children ceasing to be looked after in the period (LA03, last occasion per child)
--   by reason: adopted (E11, E12); special guardianship order (E43 to E48); child arrangements
--   order (E41); returned home (E4A, E4B, E13); independent living (E5, E6); remained with
--   carers at 18 or over (E17); adult social care (E7); custody (E9, E14); other (E15, E16, E2,
--   E3, E8 and anything else).
-- numerator: children ceasing in the period, by reason group
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- breakdown: reason for ceasing
-- breaks-down: LA03
-- parts: cla_ceasing
WITH ceased AS (
  SELECT e.child_id, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.end_date DESC, e.start_date DESC) AS n
  FROM cla_ceasing e
  WHERE e.end_date BETWEEN :start AND :end
)
SELECT c.child_id, c.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE
    WHEN c.reason_ceased IN ('E11', 'E12') THEN 'Adopted'
    WHEN c.reason_ceased IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48')
      THEN 'Special guardianship order'
    WHEN c.reason_ceased = 'E41' THEN 'Child arrangements order'
    WHEN c.reason_ceased IN ('E4A', 'E4B', 'E13') THEN 'Returned home'
    WHEN c.reason_ceased IN ('E5', 'E6') THEN 'Independent living'
    WHEN c.reason_ceased = 'E17' THEN 'Remained with carers (18 or over)'
    WHEN c.reason_ceased = 'E7' THEN 'Adult social care'
    WHEN c.reason_ceased IN ('E9', 'E14') THEN 'Custody or remand ended'
    ELSE 'Other'
  END AS category
FROM ceased c WHERE c.n = 1
