-- code: 181
-- severity: error
-- tables: OC2
-- fields: CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: Data items relating to children looked after continuously for 12 months should be
--   completed with a 0 or 1.
-- reading: a value other than 0 or 1 is flagged; blank items are left to 182, 191 and 192
SELECT h.child_id, h.row_no, h.convicted, h.health_check, h.immunisations, h.teeth_check, h.health_assessment, h.substance_misuse, h.intervention_received, h.intervention_offered
FROM v_health_outcome h
WHERE position(';CONVICTED;' IN coalesce(h.unreadable, '')) > 0 OR position(';HEALTH_CHECK;' IN coalesce(h.unreadable, '')) > 0 OR position(';IMMUNISATIONS;' IN coalesce(h.unreadable, '')) > 0 OR position(';TEETH_CHECK;' IN coalesce(h.unreadable, '')) > 0 OR position(';HEALTH_ASSESSMENT;' IN coalesce(h.unreadable, '')) > 0 OR position(';SUBSTANCE_MISUSE;' IN coalesce(h.unreadable, '')) > 0 OR position(';INTERVENTION_RECEIVED;' IN coalesce(h.unreadable, '')) > 0 OR position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) > 0
