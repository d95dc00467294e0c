-- code: 8585Q
-- severity: query
-- tables: CINdetails
-- fields: ReasonForClosure,PersonDeathDate
-- message: Please check and either amend or provide a reason: CIN episode shows Died as the
--   Closure Reason, however child has no recorded Date of Death
SELECT e.child_id, e.row_no, e.reason_for_closure, c.death_date
FROM v_cin_episode e
LEFT JOIN v_child c ON c.child_id = e.child_id
WHERE e.reason_for_closure = 'RC2'
  AND c.death_date IS NULL
