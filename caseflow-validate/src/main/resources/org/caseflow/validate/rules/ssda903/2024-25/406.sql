-- code: 406
-- severity: error
-- tables: Episodes
-- fields: PL_DISTANCE
-- message: Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should
--   be blank.
-- reading: a PL_DISTANCE on an episode of a child who is or was UASC in this year's or the two
--   years' returns before (Header UASC = 1, or a row in the UASC table): the children rule 392a
--   leaves out
SELECT e.child_id, e.row_no, CAST(CAST(e.placement_distance AS DECIMAL(6, 1)) AS VARCHAR)
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.placement_distance IS NOT NULL
  AND (EXISTS (SELECT 1 FROM hist_child h
               WHERE h.child_id = e.child_id AND h.is_uasc
                 AND h.collection_year >= r.collection_year - 2)
       OR EXISTS (SELECT 1 FROM hist_uasc u
                  WHERE u.child_id = e.child_id
                    AND u.collection_year >= r.collection_year - 2))
