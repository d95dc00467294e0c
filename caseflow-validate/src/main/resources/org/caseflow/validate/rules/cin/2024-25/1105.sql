-- code: 1105
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,CINreferralDate
-- message: The child protection plan start date cannot be before the referral date
-- reading: a plan is compared with the referral of its own CIN episode; the same day is allowed
SELECT p.child_id, p.row_no, p.start_date, e.referral_date
FROM v_cp_plan p
JOIN v_cin_episode e ON e.child_id = p.child_id AND e.episode_no = p.episode_no
WHERE p.start_date < e.referral_date
