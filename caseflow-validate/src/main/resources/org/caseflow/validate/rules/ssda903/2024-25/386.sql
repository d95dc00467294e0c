-- code: 386
-- severity: error
-- tables: Header,Episodes
-- fields: REC
-- message: Reason episode ceased is adopted but child has reached age 18.
-- reading: adopted (E11, E12) on or after the 18th birthday; the child's Header row is flagged
SELECT DISTINCT c.child_id, c.row_no, e.reason_ceased
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_ceased IN ('E11', 'E12')
  AND age_years(c.birth_date, e.end_date) >= 18
