-- code: 460
-- severity: error
-- tables: Header,Episodes
-- fields: DEC,REC
-- message: Reason episode ceased is that child stayed with current carers at age 18 (or above), but
--   child is aged under 18.
-- reading: stayed with current carers at 18 (E17) with DEC before the 18th birthday; the child's
--   Header row is flagged
SELECT DISTINCT c.child_id, c.row_no, e.end_date, e.reason_ceased
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_ceased IN ('E17')
  AND age_years(c.birth_date, e.end_date) < 18
