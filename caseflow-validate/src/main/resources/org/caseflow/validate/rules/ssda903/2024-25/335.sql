-- code: 335
-- severity: error
-- tables: Episodes,AD1
-- fields: PLACE,FOSTER_CARE
-- message: The current foster value (0) suggests that child is not adopted by current foster carer,
--   but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child
--   is adopted by current foster carer, but last placement is A1, A4 or A6.
-- reading: the last placement is that of the episode that ceased in adoption (E11, E12); A3 and A5
--   are with the current foster carer, A4 and A6 are not (A1 and A2 are no longer codes)
SELECT e.child_id, e.row_no, e.placement_type,
  CASE WHEN a.by_foster_carer THEN '1' WHEN NOT a.by_foster_carer THEN '0' END
FROM v_cla_episode e
JOIN v_adoption a ON a.child_id = e.child_id
WHERE e.reason_ceased IN ('E11', 'E12')
  AND ((e.placement_type IN ('A3', 'A5') AND a.by_foster_carer = FALSE)
    OR (e.placement_type IN ('A4', 'A6') AND a.by_foster_carer = TRUE))
