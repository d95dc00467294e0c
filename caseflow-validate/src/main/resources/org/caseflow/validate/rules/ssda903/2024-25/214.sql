-- code: 214
-- severity: error
-- tables: Episodes
-- fields: PL_POST,URN
-- message: Placement location information not required.
SELECT e.child_id, e.row_no, e.placement_postcode, e.urn
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4')
  AND (e.placement_postcode IS NOT NULL OR e.urn IS NOT NULL)
