-- code: 4015
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanStartDate,CINreferralDate
-- message: The CIN Plan start date cannot be before the referral date
-- reading: a plan is compared with the referral of its own CIN episode; the same day is allowed
SELECT c.child_id, c.row_no, c.start_date, e.referral_date
FROM v_cin_plan c
JOIN v_cin_episode e ON e.child_id = c.child_id AND e.episode_no = c.episode_no
WHERE c.start_date < e.referral_date
