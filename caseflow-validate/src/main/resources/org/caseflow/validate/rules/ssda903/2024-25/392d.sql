-- code: 392d
-- severity: error
-- tables: Episodes
-- fields: HOME_POST,PL_POST,PLACE
-- message: Home and placement postcodes should not be same unless the placement type is P1.
-- reading: postcodes compared without spaces and case
SELECT e.child_id, e.row_no, e.home_postcode, e.placement_postcode, e.placement_type
FROM v_cla_episode e
WHERE e.placement_type <> 'P1'
  AND coalesce(trim(e.home_postcode), '') <> ''
  AND upper(replace(e.home_postcode, ' ', '')) = upper(replace(e.placement_postcode, ' ', ''))
