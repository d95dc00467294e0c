-- code: 210
-- severity: error
-- tables: Header,Episodes
-- fields: UPN,DECOM
-- message: Children looked after for more than a week at 31 March should not have an unknown Unique
--   Pupil Number (UPN) code of UN4.
-- reading: looked after for more than a week at 31 March: in care at 31 March (an episode with no
--   end) in a period of care that began before 24 March; the period begins at the child's
--   latest episode with reason S, or at the earliest episode when the return holds none. The
--   DfE's coded check (no episode from 24 March with UN4) contradicts its message; the
--   message is followed
SELECT c.child_id, c.row_no, c.upn, p.period_start
FROM v_child c
JOIN (
  SELECT e.child_id,
    coalesce(max(CASE WHEN e.reason_new_episode = 'S' THEN e.start_date END), min(e.start_date))
      AS period_start
  FROM v_cla_episode e
  GROUP BY e.child_id
  HAVING count(CASE WHEN e.end_date IS NULL THEN 1 END) > 0) p ON p.child_id = c.child_id
CROSS JOIN v_return r
WHERE upper(c.upn) = 'UN4'
  AND p.period_start < CAST(r.reference_date - INTERVAL '7 days' AS DATE)
