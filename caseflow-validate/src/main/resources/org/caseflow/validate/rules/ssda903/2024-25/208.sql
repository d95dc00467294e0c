-- code: 208
-- severity: error
-- tables: Header,Header_last
-- fields: UPN
-- message: Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number
--   (UPN) already recorded for this child.
-- reading: UPNs are compared regardless of case; allowed changes are from no UPN or UN1 to UN2-UN5,
--   and from no UPN or any UN code to a real UPN; no UPN in both years is left to the
--   missing-UPN rule
SELECT u.child_id, u.row_no, u.upn
FROM (
  SELECT c.child_id, c.row_no, c.upn, coalesce(upper(c.upn), '') AS now_upn,
    coalesce(upper(p.upn), '') AS prev_upn
  FROM v_child c
  JOIN last_child p ON p.child_id = c.child_id) u
WHERE u.now_upn <> u.prev_upn
  AND NOT (u.prev_upn IN ('', 'UN1') AND u.now_upn IN ('UN2', 'UN3', 'UN4', 'UN5'))
  AND NOT (u.prev_upn IN ('', 'UN1', 'UN2', 'UN3', 'UN4', 'UN5')
    AND u.now_upn NOT IN ('', 'UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
