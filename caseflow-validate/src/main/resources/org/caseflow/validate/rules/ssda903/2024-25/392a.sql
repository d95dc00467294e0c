-- code: 392a
-- severity: error
-- tables: Episodes
-- fields: PL_DISTANCE
-- message: Child is looked after but no distance is recorded.
-- reading: no PL_DISTANCE (worked out at import from HOME_POST and PL_POST) on an episode not
--   under legal status V3 or V4, for a child who is not and was not UASC in this year's or the two
--   years' returns before (Header UASC = 1, or a row in the UASC table)
SELECT e.child_id, e.row_no, CAST(CAST(e.placement_distance AS DECIMAL(6, 1)) AS VARCHAR)
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND e.placement_distance IS NULL
  AND NOT EXISTS (SELECT 1 FROM hist_child h
                  WHERE h.child_id = e.child_id AND h.is_uasc
                    AND h.collection_year >= r.collection_year - 2)
  AND NOT EXISTS (SELECT 1 FROM hist_uasc u
                  WHERE u.child_id = e.child_id
                    AND u.collection_year >= r.collection_year - 2)
