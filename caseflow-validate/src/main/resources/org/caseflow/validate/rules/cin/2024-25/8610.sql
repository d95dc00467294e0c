-- code: 8610
-- severity: error
-- tables: CINdetails
-- fields: ReferralNFA,PrimaryNeedCode
-- message: Primary Need code is missing for a referral which led to further action.
SELECT e.child_id, e.row_no, e.referral_nfa, e.primary_need
FROM v_cin_episode e
WHERE e.referral_nfa = false
  AND e.primary_need IS NULL
