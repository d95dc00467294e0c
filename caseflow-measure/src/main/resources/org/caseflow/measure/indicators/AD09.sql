-- id: AD09
-- name: Average days from entering care to adoption
-- stage: OUTPUTS
-- definition: For children adopted in the period (ceasing with E11 or E12), the mean number of
--   days from the start of the period of care that ended in adoption (the latest episode with
--   reason for new episode S) to the adoption order (the date care ceased).
-- numerator: the sum of the days
-- denominator: children adopted in the period with a known start of care
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
SELECT e.child_id, e.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  e.end_date - (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current AND s.child_id = e.child_id AND s.reason_new_episode = 'S' AND s.start_date <= e.end_date) AS measure
FROM cla_episode e
WHERE e.la = :la AND e.is_current AND e.end_date BETWEEN :start AND :end
  AND e.reason_ceased IN ('E11', 'E12')
