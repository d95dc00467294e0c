-- code: 8866
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate,ReferralSource
-- message: Source of Referral is missing or an invalid code
-- reading: checked for referrals on or after 1 April 2013, when the source became required
SELECT e.child_id, e.row_no, e.referral_date, e.referral_source
FROM v_cin_episode e
WHERE e.referral_date >= DATE '2013-04-01'
  AND (e.referral_source IS NULL
    OR e.referral_source NOT IN ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E',
      '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10'))
