-- id: LC10
-- name: Children considered for exploitation who made a disclosure
-- stage: LOCAL
-- definition: Of the children considered under the council's exploitation arrangements in the
--   period (each child once), those who made a disclosure at any consideration in the period.
-- numerator: children with a disclosure recorded at a consideration in the period
-- denominator: children with a consideration dated in the period
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: exploitation register
-- requires: exploitation_risk
-- subject: children
SELECT x.child_id, max(x.date_considered) AS event_date,
  max(CASE WHEN x.disclosure THEN 1 ELSE 0 END) AS in_numerator, 1 AS in_denominator
FROM exploitation_risk x
WHERE x.la = :la AND x.is_current AND x.date_considered BETWEEN :start AND :end
GROUP BY x.child_id
