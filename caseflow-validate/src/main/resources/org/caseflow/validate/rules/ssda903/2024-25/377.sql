-- code: 377
-- severity: error
-- tables: Episodes
-- fields: PLACE
-- message: Only two temporary placements coded as being due to holiday of usual foster carer(s) are
--   allowed in any 12- month period.
-- reading: a T3 episode is flagged when it is the third or later T3 placement starting within the
--   12 months up to its start (a placement exactly 12 months earlier is outside); earlier years'
--   returns count, an episode open across a year end once
WITH t3 AS (
  SELECT DISTINCT h.child_id, h.start_date
  FROM hist_cla_episode h
  WHERE h.placement_type = 'T3'
)
SELECT e.child_id, e.row_no, e.placement_type
FROM v_cla_episode e
WHERE e.placement_type = 'T3'
  AND (SELECT count(*) FROM t3
       WHERE t3.child_id = e.child_id
         AND t3.start_date <= e.start_date
         AND t3.start_date > add_months(e.start_date, -12)) > 2
