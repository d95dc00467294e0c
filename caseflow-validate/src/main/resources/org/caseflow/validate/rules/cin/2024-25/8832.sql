-- code: 8832
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CINdetailsID,ReferralNFA
-- message: Child Protection details provided for a referral with no further action.
-- reading: a CP plan in a CIN episode whose referral was no further action; CINdetailsID is
--   reported as the episode's number within the child
SELECT p.child_id, p.row_no, CAST(e.episode_no AS VARCHAR), e.referral_nfa
FROM v_cp_plan p
JOIN v_cin_episode e ON e.child_id = p.child_id AND e.episode_no = p.episode_no
WHERE e.referral_nfa = TRUE
