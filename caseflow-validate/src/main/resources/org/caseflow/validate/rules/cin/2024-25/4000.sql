-- code: 4000
-- severity: error
-- tables: CINplanDates
-- fields: ReferralNFA
-- message: CIN Plan details provided for a referral with no further action
SELECT c.child_id, c.row_no, e.referral_nfa
FROM v_cin_plan c
JOIN v_cin_episode e ON e.child_id = c.child_id AND e.episode_no = c.episode_no
WHERE e.referral_nfa = TRUE
