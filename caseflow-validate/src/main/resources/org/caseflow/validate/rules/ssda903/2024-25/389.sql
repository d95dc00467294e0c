-- code: 389
-- severity: error
-- tables: Episodes,Header
-- fields: REC
-- message: Reason episode ceased is that child transferred to care of adult social care services,
--   but child is aged under 16.
-- reading: transferred to adult social care (E7) with DEC before the 16th birthday
SELECT e.child_id, e.row_no, e.reason_ceased
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_ceased IN ('E7')
  AND age_years(c.birth_date, e.end_date) < 16
