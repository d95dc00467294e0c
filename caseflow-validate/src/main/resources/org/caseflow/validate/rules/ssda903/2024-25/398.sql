-- code: 398
-- severity: error
-- tables: Episodes
-- fields: LS,HOME_POST,PL_POST
-- message: Distance field completed but child looked after under legal status V3 or V4.
-- reading: an episode under V3 or V4 with a home or placement postcode (the fields the distance is
--   derived from)
SELECT e.child_id, e.row_no, e.legal_status, e.home_postcode, e.placement_postcode
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4')
  AND (coalesce(trim(e.home_postcode), '') <> '' OR coalesce(trim(e.placement_postcode), '') <> '')
