-- code: 411
-- severity: error
-- tables: Episodes
-- fields: PL_LOCATION
-- message: Placement location code disagrees with LA of placement.
-- reading: PL_LOCATION IN with a PL_LA other than the returning council's code, or OUT with the
--   council's own code
SELECT e.child_id, e.row_no, e.placement_location
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE (e.placement_location = 'IN' AND e.placement_la IS DISTINCT FROM r.la)
   OR (e.placement_location = 'OUT' AND e.placement_la = r.la)
