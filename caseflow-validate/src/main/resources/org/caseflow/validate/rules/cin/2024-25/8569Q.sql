-- code: 8569Q
-- severity: query
-- tables: CINdetails
-- fields: ReferralNFA
-- message: A case with referral date before one working day prior to the collection start date
--   must not be flagged as a no further action case
-- reading: the day one working day before the collection start is the last working day before 1
--   April; a referral earlier than that day with ReferralNFA true is queried
SELECT e.child_id, e.row_no, e.referral_nfa
FROM v_cin_episode e
CROSS JOIN v_return r
WHERE e.referral_nfa
  AND working_days(e.referral_date, CAST(r.year_start - INTERVAL '1 day' AS DATE)) >= 1
