-- code: 207
-- severity: error
-- tables: Episodes,Header,Header_last
-- fields: MOTHER
-- message: Mother status for the current year disagrees with the mother status already recorded for
--   this child.
-- reading: a child recorded as a mother last year and not (or no longer) this year, who has an
--   episode in this return; becoming a mother is no conflict. The finding is about the
--   Header, so no Episodes row is named
SELECT c.child_id, CAST(NULL AS INTEGER),
  CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
WHERE p.is_mother = TRUE
  AND coalesce(c.is_mother, FALSE) = FALSE
  AND EXISTS (SELECT 1 FROM v_cla_episode e WHERE e.child_id = c.child_id)
