-- id: LC08
-- name: Children considered for exploitation, by age
-- stage: LOCAL
-- definition: Children considered under the council's exploitation arrangements (VEMT, CSE,
--   CCE) in the period, each child once, as at their latest consideration in the period,
--   broken down by age band: under 10, 10 to 13, 14 to 15, 16 to 17, 18 and over.
-- numerator: children with a consideration dated in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: exploitation register
-- requires: exploitation_risk
-- subject: children
-- breakdown: age
WITH latest AS (
  SELECT x.*, row_number() OVER (PARTITION BY x.child_id ORDER BY x.date_considered DESC) AS n
  FROM exploitation_risk x
  WHERE x.la = :la AND x.is_current AND x.date_considered BETWEEN :start AND :end
)
SELECT l.child_id, l.date_considered AS event_date, 1 AS in_numerator, 0 AS in_denominator,
  CASE WHEN l.age < 10 THEN 'under 10' WHEN l.age < 14 THEN '10 to 13' WHEN l.age < 16 THEN '14 to 15' WHEN l.age < 18 THEN '16 to 17' ELSE '18 and over' END AS category
FROM latest l
WHERE l.n = 1
