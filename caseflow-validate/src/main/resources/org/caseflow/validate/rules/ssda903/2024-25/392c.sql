-- code: 392c
-- severity: error
-- tables: Episodes
-- fields: HOME_POST,PL_POST
-- message: Postcode(s) provided are invalid.
-- reading: a HOME_POST or PL_POST given that the import did not find in the ONS Postcode Directory
--   (November 2025), with or without its space and in any case (the import records it as an
--   unknown_postcode finding on the episode's row); terminated postcodes are in the directory and
--   pass
SELECT e.child_id, e.row_no, e.home_postcode, e.placement_postcode
FROM v_cla_episode e
WHERE EXISTS (SELECT 1 FROM v_import_finding f
              WHERE f.code = 'unknown_postcode'
                AND f.field IN ('HOME_POST', 'PL_POST')
                AND f.location = 'Episodes row ' || CAST(e.row_no AS VARCHAR))
