-- id: LC06
-- name: Children considered for exploitation, by risk level
-- stage: LOCAL
-- definition: Children considered under the council's exploitation arrangements (VEMT, CSE,
--   CCE) in the period, each child once, as at their latest consideration in the period,
--   broken down by risk level.
-- numerator: children with a consideration dated in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: exploitation register
-- requires: exploitation_risk
-- subject: children
-- breakdown: risk level
WITH latest AS (
  SELECT x.*, row_number() OVER (PARTITION BY x.child_id ORDER BY x.date_considered DESC) AS n
  FROM exploitation_risk x
  WHERE x.la = :la AND x.is_current AND x.date_considered BETWEEN :start AND :end
)
SELECT l.child_id, l.date_considered AS event_date, 1 AS in_numerator, 0 AS in_denominator,
  l.risk_level AS category
FROM latest l
WHERE l.n = 1
