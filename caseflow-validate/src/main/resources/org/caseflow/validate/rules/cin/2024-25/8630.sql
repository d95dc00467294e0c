-- code: 8630
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate,CINclosureDate
-- message: CIN Closure Date is before CIN Referral Date for the same CIN episode
SELECT e.child_id, e.row_no, e.referral_date, e.closure_date
FROM v_cin_episode e
WHERE e.closure_date < e.referral_date
