-- id: LA09
-- name: Unaccompanied asylum-seeking children looked after
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) who were unaccompanied asylum-seeking
--   children on that day (in the SSDA903 UASC table with no date UASC status ceased, or a later
--   one), as a percentage of all children looked after.
-- numerator: children looked after at the period end with UASC status on that day
-- denominator: children looked after at the period end (LA01)
-- unit: PERCENT
-- polarity: NONE
-- period: SNAPSHOT
-- source: SSDA903
-- lait: Unacc_Asylmn_Seek_Childn%
-- requires: cla_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, max(e.start_date) AS event_date,
  CASE WHEN EXISTS (SELECT 1 FROM uasc u WHERE u.la = :la AND u.is_current
      AND u.child_id = e.child_id AND (u.uasc_ceased_date IS NULL OR u.uasc_ceased_date > :end))
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cla_current e
WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
