-- id: LA08
-- name: Children ceasing to be looked after aged 18 or over
-- stage: OUTPUTS
-- definition: Children ceasing to be looked after in the period (LA03, last occasion per child)
--   who were 18 or over on the day they ceased (age from the date of birth in the SSDA903
--   Header; the 18th birthday is not a reason code), as a percentage of all children ceasing.
-- numerator: children ceasing in the period aged 18 or over on ceasing
-- denominator: children ceasing to be looked after in the period (LA03)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode, child
-- subject: children
-- parts: cla_ceasing, child903
WITH ceased AS (
  SELECT e.child_id, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.end_date DESC, e.start_date DESC) AS n
  FROM cla_ceasing e
  WHERE e.end_date BETWEEN :start AND :end
)
SELECT c.child_id, c.end_date AS event_date,
  CASE WHEN h.birth_date IS NOT NULL AND age_years(h.birth_date, c.end_date) >= 18
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM ceased c
LEFT JOIN child903 h ON
  h.child_id = c.child_id
WHERE c.n = 1
