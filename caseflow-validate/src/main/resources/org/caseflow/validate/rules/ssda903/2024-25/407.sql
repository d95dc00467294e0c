-- code: 407
-- severity: error
-- tables: Episodes,Header
-- fields: DEC,DOB,REC
-- message: Reason episode ceased is Special Guardianship Order, but child has reached age 18.
-- reading: a special guardianship order (E45 to E48) with DEC on or after the 18th birthday (the
--   birthday counts as reached)
SELECT e.child_id, e.row_no, e.end_date, c.birth_date, e.reason_ceased
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_ceased IN ('E45', 'E46', 'E47', 'E48')
  AND age_years(c.birth_date, e.end_date) >= 18
