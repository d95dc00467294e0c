-- code: 8606
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate,PersonBirthDate,ExpectedPersonBirthDate
-- message: Child referral date is more than 40 weeks before DOB or expected DOB
-- reading: 40 weeks is 280 days; a referral 280 days before the birth is not flagged, 281 is
SELECT e.child_id, e.row_no, e.referral_date, c.birth_date, c.expected_birth_date
FROM v_cin_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.referral_date < CAST(c.birth_date - INTERVAL '280 days' AS DATE)
   OR e.referral_date < CAST(c.expected_birth_date - INTERVAL '280 days' AS DATE)
