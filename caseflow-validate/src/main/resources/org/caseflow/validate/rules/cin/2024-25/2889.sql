-- code: 2889
-- severity: error
-- tables: Section47
-- fields: S47ActualStartDate,CINreferralDate
-- message: The S47 start date cannot be before the referral date.
SELECT s.child_id, s.row_no, s.start_date, e.referral_date
FROM v_section47 s
JOIN v_cin_episode e ON e.child_id = s.child_id AND e.episode_no = s.episode_no
WHERE s.start_date < e.referral_date
