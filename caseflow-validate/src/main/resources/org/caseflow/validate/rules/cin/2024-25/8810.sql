-- code: 8810
-- severity: error
-- tables: CINdetails
-- fields: ReasonForClosure,CINclosureDate
-- message: A CIN case cannot have a Reason for Closure without a CIN Closure Date
SELECT e.child_id, e.row_no, e.reason_for_closure, e.closure_date
FROM v_cin_episode e
WHERE e.reason_for_closure IS NOT NULL
  AND e.closure_date IS NULL
