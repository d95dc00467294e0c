-- code: 8772
-- severity: error
-- tables: ChildIdentifiers
-- fields: UPNunknown,ReferralNFA
-- message: UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details
--   is a referral going on to further action
-- reading: one finding per child, however many of its referrals went on to further action
SELECT c.child_id, c.row_no, c.upn_unknown, FALSE
FROM v_child c
WHERE c.upn_unknown = 'UN7'
  AND EXISTS (SELECT 1 FROM v_cin_episode e
              WHERE e.child_id = c.child_id AND e.referral_nfa = FALSE)
