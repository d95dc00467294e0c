-- code: 1103
-- severity: error
-- tables: Assessments
-- fields: AssessmentActualStartDate,CINreferralDate
-- message: The assessment start date cannot be before the referral date
SELECT a.child_id, a.row_no, a.start_date, e.referral_date
FROM v_assessment a
JOIN v_cin_episode e ON e.child_id = a.child_id AND e.episode_no = a.episode_no
WHERE a.start_date < e.referral_date
