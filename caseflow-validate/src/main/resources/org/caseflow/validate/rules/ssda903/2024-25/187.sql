-- code: 187
-- severity: error
-- tables: OC3,AD1,Episodes
-- fields: DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR,IN_TOUCH,ACTIV,ACCOM
-- message: Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any
--   of adoption or care leavers returns completed.
-- reading: looked after continuously for 12 months at 31 March: an episode open on 1 April, and in
--   the year no episode starting care (RNE S) after 1 April, none ceasing care (a REC other than
--   X1) and none under V3 or V4; any OC3 or AD1 item given (one held in a form that cannot be read
--   counts); the row is the OC3 row when there is one
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
SELECT cla12.child_id, o.row_no, a.decision_date, a.match_date, a.by_foster_carer,
       a.number_of_adopters, a.adopter_sex, a.adopter_legal_status, o.in_touch, o.activity,
       o.accommodation
FROM cla12
LEFT JOIN v_care_leaver o ON o.child_id = cla12.child_id
LEFT JOIN v_adoption a ON a.child_id = cla12.child_id
WHERE o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL
   OR (a.decision_date IS NOT NULL OR position(';DATE_INT;' IN coalesce(a.unreadable, '')) > 0)
   OR (a.match_date IS NOT NULL OR position(';DATE_MATCH;' IN coalesce(a.unreadable, '')) > 0)
   OR (a.by_foster_carer IS NOT NULL OR position(';FOSTER_CARE;' IN coalesce(a.unreadable, '')) > 0)
   OR (a.number_of_adopters IS NOT NULL OR position(';NB_ADOPTR;' IN coalesce(a.unreadable, '')) > 0)
   OR (a.adopter_sex IS NOT NULL OR position(';SEX_ADOPTR;' IN coalesce(a.unreadable, '')) > 0)
   OR (a.adopter_legal_status IS NOT NULL OR position(';LS_ADOPTR;' IN coalesce(a.unreadable, '')) > 0)
