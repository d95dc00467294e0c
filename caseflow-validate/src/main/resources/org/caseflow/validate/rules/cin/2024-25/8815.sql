-- code: 8815
-- severity: error
-- tables: CINdetails
-- fields: ReferralNFA,CINclosureDate
-- message: More than one open CIN Details episode (a module with no CIN Closure Date) has been
--   provided for this child and case is not a referral with no further action.
-- reading: each open episode that is not a referral with no further action is flagged when the
--   child has two or more of them; a missing ReferralNFA counts as not NFA
SELECT e.child_id, e.row_no, e.referral_nfa, e.closure_date
FROM v_cin_episode e
WHERE e.closure_date IS NULL
  AND NOT coalesce(e.referral_nfa, false)
  AND EXISTS (
    SELECT 1 FROM v_cin_episode o
    WHERE o.child_id = e.child_id AND o.row_no <> e.row_no
      AND o.closure_date IS NULL AND NOT coalesce(o.referral_nfa, false))
