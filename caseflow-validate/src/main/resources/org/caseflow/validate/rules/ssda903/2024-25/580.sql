-- code: 580
-- severity: error
-- tables: Episodes,Missing
-- fields: REC
-- message: Child is missing when cease being looked after but reason episode ceased not ‘E8’.
-- reading: the child is missing when care ceases when a period ends on the child's 18th birthday
--   (the Header's DOB) and an episode ends that day; that episode must end with E8
SELECT DISTINCT e.child_id, e.row_no, e.reason_ceased
FROM v_cla_episode e
JOIN v_missing_episode m ON m.child_id = e.child_id
JOIN v_child c ON c.child_id = e.child_id
WHERE m.end_date = e.end_date
  AND m.end_date = add_months(c.birth_date, 216)
  AND coalesce(e.reason_ceased, '') <> 'E8'
