-- code: 634
-- severity: error
-- tables: Episodes,PrevPerm
-- fields: LA_PERM,PREV_PERM,DATE_PERM,DECOM
-- message: There are entries for previous permanence options, but child has not started to be
--   looked after from 1 April 2016 onwards.
-- reading: no episode of the return starts on or after 1 April 2016 (the latest, whose row is
--   given, starts before); a child with no episodes is left to other rules
WITH latest AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
)
SELECT p.child_id, l.row_no, p.permanence_la, p.previous_permanence, p.permanence_date,
  l.start_date
FROM v_previous_permanence p
JOIN latest l ON l.child_id = p.child_id AND l.rn = 1
WHERE (p.previous_permanence IS NOT NULL OR p.permanence_la IS NOT NULL
    OR p.permanence_date IS NOT NULL)
  AND l.start_date < DATE '2016-04-01'
