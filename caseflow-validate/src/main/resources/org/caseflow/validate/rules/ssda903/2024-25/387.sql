-- code: 387
-- severity: error
-- tables: Header,Episodes
-- fields: REC
-- message: Reason episode ceased is child moved into independent living arrangement, but the child
--   is aged under 14.
-- reading: independent living (E5, E6) with DEC before the 14th birthday; the child's Header row is
--   flagged
SELECT DISTINCT c.child_id, c.row_no, e.reason_ceased
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_ceased IN ('E5', 'E6')
  AND age_years(c.birth_date, e.end_date) < 14
