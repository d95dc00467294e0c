-- code: 8816
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate,ReferralNFA
-- message: An open CIN episode is shown and case is not a referral with no further action, but it
--   is not the latest episode.
-- reading: the latest episode is the one with the child's latest referral date; a missing
--   ReferralNFA counts as not NFA
SELECT e.child_id, e.row_no, e.referral_date, e.referral_nfa
FROM v_cin_episode e
WHERE e.closure_date IS NULL
  AND NOT coalesce(e.referral_nfa, false)
  AND EXISTS (
    SELECT 1 FROM v_cin_episode o
    WHERE o.child_id = e.child_id AND o.referral_date > e.referral_date)
