-- code: 710
-- severity: error
-- tables: DoLo,Episodes
-- fields: DOLO_START,PLACEMENT
-- message: Child with a DoLO can not be placed in secure children's homes, with parents, young
--   offender institutions, or supported accommodation.
-- reading: PLACEMENT is the PLACE of each episode overlapping an order with both DOLO_START and
--   DOLO_END (an episode with no DEC runs on): K1, P1, R5 or K3 is flagged; one finding an
--   order, with the first such episode's PLACE
WITH hits AS (
  SELECT d.child_id, d.row_no, d.start_date, e.placement_type,
    row_number() OVER (PARTITION BY d.row_no ORDER BY e.start_date, e.row_no) AS rn
  FROM v_deprivation_of_liberty d
  JOIN v_cla_episode e ON e.child_id = d.child_id
    AND e.start_date <= d.end_date
    AND (e.end_date IS NULL OR e.end_date >= d.start_date)
  WHERE d.end_date IS NOT NULL
    AND e.placement_type IN ('K1', 'P1', 'R5', 'K3')
)
SELECT h.child_id, h.row_no, h.start_date, h.placement_type
FROM hits h
WHERE h.rn = 1
