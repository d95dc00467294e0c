-- code: 8640
-- severity: error
-- tables: CINdetails
-- fields: ReasonForClosure
-- message: CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code
--   set)
SELECT e.child_id, e.row_no, e.reason_for_closure
FROM v_cin_episode e
WHERE e.reason_for_closure NOT IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')
