-- code: 392b
-- severity: error
-- tables: Episodes
-- fields: HOME_POST,PL_POST
-- message: Child is looked after but no postcodes are recorded.
-- reading: both postcodes are due on every episode other than V3 or V4, except for a child who is
--   or was UASC (a UASC record in this or any earlier year's return)
SELECT e.child_id, e.row_no, e.home_postcode, e.placement_postcode
FROM v_cla_episode e
WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND (coalesce(trim(e.home_postcode), '') = '' OR coalesce(trim(e.placement_postcode), '') = '')
  AND NOT EXISTS (SELECT 1 FROM hist_uasc u WHERE u.child_id = e.child_id)
