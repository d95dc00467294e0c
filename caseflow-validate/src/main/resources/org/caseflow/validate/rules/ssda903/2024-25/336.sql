-- code: 336
-- severity: error
-- tables: Episodes
-- fields: PLACE
-- message: Child does not have a foster placement immediately prior to being placed for adoption.
-- reading: a placement for adoption with the current foster carer (A3, A5) must follow a foster
--   placement (U1-U6) or another placement for adoption (A3-A6); the child's first episode
--   in the return is not checked
SELECT s.child_id, s.row_no, s.placement_type
FROM (
  SELECT e.child_id, e.row_no, e.placement_type,
    lag(e.placement_type) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no)
      AS prev_place,
    lag(e.row_no) OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS prev_row
  FROM v_cla_episode e) s
WHERE s.placement_type IN ('A3', 'A5')
  AND s.prev_row IS NOT NULL
  AND coalesce(s.prev_place, '') NOT IN
    ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
