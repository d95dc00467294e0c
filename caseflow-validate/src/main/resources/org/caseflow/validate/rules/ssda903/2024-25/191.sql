-- code: 191
-- severity: error
-- tables: OC2,Episodes
-- fields: IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CHILD
-- message: Child has been looked after continuously for at least 12 months at 31 March but one or
--   more data items relating to children looked after for 12 months have been left blank.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; a child with no OC2 row at all is flagged too, without a row
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
SELECT cla12.child_id, h.row_no, h.immunisations, h.teeth_check, h.health_assessment,
       h.substance_misuse, cla12.child_id
FROM cla12
LEFT JOIN v_health_outcome h ON h.child_id = cla12.child_id
WHERE h.child_id IS NULL
   OR (h.immunisations IS NULL AND position(';IMMUNISATIONS;' IN coalesce(h.unreadable, '')) = 0)
   OR (h.teeth_check IS NULL AND position(';TEETH_CHECK;' IN coalesce(h.unreadable, '')) = 0)
   OR (h.health_assessment IS NULL AND position(';HEALTH_ASSESSMENT;' IN coalesce(h.unreadable, '')) = 0)
   OR (h.substance_misuse IS NULL AND position(';SUBSTANCE_MISUSE;' IN coalesce(h.unreadable, '')) = 0)
