-- id: LA17
-- name: Placement changes by reason
-- stage: OUTPUTS
-- definition: Placements that ended in the period with a move to another placement (an episode
--   ending X1 with a reason for placement change), by the reason recorded on the ending
--   episode: CARPL care plan, CLOSE closure of provision, ALLEG allegation, STAND standards of
--   care, APPRR approval removed, CREQB carer's request (behaviour), CREQO carer's request
--   (other), CHILD child's request, LAREQ council's request, PLACE change of status only,
--   CUSTOD custody, OTHER. Short breaks are excluded.
-- numerator: placement changes in the period, by reason
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode
-- subject: placements
-- breakdown: reason for the change
-- parts: cla_current
SELECT e.child_id, e.end_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  e.reason_place_change AS category
FROM cla_current e
WHERE e.end_date BETWEEN :start AND :end
  AND e.reason_ceased = 'X1' AND e.reason_place_change IS NOT NULL
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
