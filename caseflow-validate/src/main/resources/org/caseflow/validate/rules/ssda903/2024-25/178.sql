-- code: 178
-- severity: error
-- tables: Episodes
-- fields: PLACE_PROVIDER
-- message: Placement provider code is not a valid code.
-- reading: a blank provider is not checked here
SELECT e.child_id, e.row_no, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider NOT IN ('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5')
