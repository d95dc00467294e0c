-- id: AD08
-- name: Average days from placement for adoption to the adoption order
-- stage: OUTPUTS
-- definition: For children adopted in the period (ceasing with E11 or E12), the mean number of
--   days from the first placement for adoption in the period of care (placement A3 to A6) to the
--   adoption order (the date care ceased).
-- numerator: the sum of the days
-- denominator: children adopted in the period with a placement for adoption recorded
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
SELECT e.child_id, e.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  e.end_date - (SELECT min(p.start_date) FROM cla_episode p WHERE p.la = e.la AND p.is_current AND p.child_id = e.child_id AND p.placement_type IN ('A3', 'A4', 'A5', 'A6') AND p.start_date <= e.end_date AND p.start_date >= (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current AND s.child_id = e.child_id AND s.reason_new_episode = 'S' AND s.start_date <= e.end_date)) AS measure
FROM cla_episode e
WHERE e.la = :la AND e.is_current AND e.end_date BETWEEN :start AND :end
  AND e.reason_ceased IN ('E11', 'E12')
