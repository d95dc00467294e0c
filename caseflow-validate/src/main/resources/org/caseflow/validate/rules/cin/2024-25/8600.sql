-- code: 8600
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate
-- message: Child referral date missing or after data collection period
SELECT e.child_id, e.row_no, e.referral_date
FROM v_cin_episode e
CROSS JOIN v_return r
WHERE e.referral_date IS NULL OR e.referral_date > r.reference_date
