-- Children adopted (an episode ceasing E11 or E12), each with the start of the period of care that
-- ended in adoption: the latest episode starting a period of care (reason for new episode S) on
-- or before the adoption. Read by the adoption scorecard's measures (AD01 to AD10).
adopted_care_start AS MATERIALIZED (
  SELECT e.child_id, e.end_date,
    (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current
      AND s.child_id = e.child_id AND s.reason_new_episode = 'S'
      AND s.start_date <= e.end_date) AS care_start
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current AND e.reason_ceased IN ('E11', 'E12')
)
