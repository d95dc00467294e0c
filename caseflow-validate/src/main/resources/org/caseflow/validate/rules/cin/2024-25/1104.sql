-- code: 1104
-- severity: error
-- tables: Section47
-- fields: CINreferralDate,DateOfInitialCPC
-- message: The date of the initial child protection conference cannot be before the referral date
SELECT s.child_id, s.row_no, e.referral_date, s.icpc_date
FROM v_section47 s
JOIN v_cin_episode e ON e.child_id = s.child_id AND e.episode_no = s.episode_no
WHERE s.icpc_date < e.referral_date
