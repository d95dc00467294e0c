-- code: 454
-- severity: error
-- tables: Episodes
-- fields: PL_DISTANCE
-- message: Placement distance from home is over 350 miles.
SELECT e.child_id, e.row_no, CAST(CAST(e.placement_distance AS DECIMAL(6, 1)) AS VARCHAR)
FROM v_cla_episode e
WHERE e.placement_distance > 350
