-- code: 550
-- severity: error
-- tables: Episodes
-- fields: PLACE,PLACE_PROVIDER
-- message: A placement provider code of PR0 can only be associated with placement P1.
-- reading: a PR0 episode with no placement type is flagged too
SELECT e.child_id, e.row_no, e.placement_type, e.placement_provider
FROM v_cla_episode e
WHERE e.placement_provider = 'PR0'
  AND coalesce(e.placement_type, '') <> 'P1'
