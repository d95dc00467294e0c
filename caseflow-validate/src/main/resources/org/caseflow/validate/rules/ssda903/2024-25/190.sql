-- code: 190
-- severity: error
-- tables: OC2,Episodes
-- fields: CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: Child has not been looked after continuously for at least 12 months at 31 March but one
--   or more data items relating to children looked after for 12 months have been completed.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; an item held in a form that cannot be read counts as completed
WITH cla12 AS (
  SELECT e.child_id
  FROM v_cla_episode e CROSS JOIN v_return r
  GROUP BY e.child_id
  HAVING max(CASE WHEN e.start_date <= r.year_start
                   AND (e.end_date IS NULL OR e.end_date >= r.year_start) THEN 1 ELSE 0 END) = 1
     AND max(CASE WHEN (e.reason_new_episode = 'S' AND e.start_date > r.year_start)
                   OR (e.end_date >= r.year_start AND e.end_date <= r.reference_date
                       AND coalesce(e.reason_ceased, '') <> 'X1')
                   OR (e.legal_status IN ('V3', 'V4') AND e.start_date <= r.reference_date
                       AND (e.end_date IS NULL OR e.end_date >= r.year_start))
              THEN 1 ELSE 0 END) = 0
)
SELECT h.child_id, h.row_no, h.convicted, h.health_check, h.immunisations, h.teeth_check, h.health_assessment, h.substance_misuse, h.intervention_received, h.intervention_offered
FROM v_health_outcome h
WHERE ((h.convicted IS NOT NULL OR position(';CONVICTED;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.health_check IS NOT NULL OR position(';HEALTH_CHECK;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.immunisations IS NOT NULL OR position(';IMMUNISATIONS;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.teeth_check IS NOT NULL OR position(';TEETH_CHECK;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.health_assessment IS NOT NULL OR position(';HEALTH_ASSESSMENT;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.substance_misuse IS NOT NULL OR position(';SUBSTANCE_MISUSE;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.intervention_received IS NOT NULL OR position(';INTERVENTION_RECEIVED;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.intervention_offered IS NOT NULL OR position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) > 0))
  AND NOT EXISTS (SELECT 1 FROM cla12 WHERE cla12.child_id = h.child_id)
