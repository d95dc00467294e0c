-- code: 8805
-- severity: error
-- tables: CINdetails
-- fields: CINclosureDate,ReasonForClosure
-- message: A CIN case cannot have a CIN closure date without a Reason for Closure
SELECT e.child_id, e.row_no, e.closure_date, e.reason_for_closure
FROM v_cin_episode e
WHERE e.closure_date IS NOT NULL
  AND e.reason_for_closure IS NULL
