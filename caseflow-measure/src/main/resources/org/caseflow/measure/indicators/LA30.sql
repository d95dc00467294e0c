-- id: LA30
-- name: Children looked after with 3 or more social workers in the period
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) who had 3 or more different social
--   workers allocated at some time in the period (SSDA903 SWEpisodes, from 2023-24), as a
--   percentage of children looked after at the period end.
-- numerator: children looked after at the period end with 3 or more distinct SW_IDs in the period
-- denominator: children looked after at the period end (LA01)
-- unit: PERCENT
-- polarity: LOW
-- period: COHORT
-- source: SSDA903
-- lait: Stability_SocialWorker
-- requires: cla_episode, social_worker_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, max(e.start_date) AS event_date,
  CASE WHEN (SELECT count(DISTINCT w.social_worker_id) FROM social_worker_episode w
      WHERE w.la = :la AND w.is_current AND w.child_id = e.child_id AND w.start_date <= :end
        AND (w.end_date IS NULL OR w.end_date >= :start)) >= 3 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cla_current e
WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
