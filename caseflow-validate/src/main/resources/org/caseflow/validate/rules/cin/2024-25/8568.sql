-- code: 8568
-- severity: error
-- tables: CINdetails
-- fields: ReferralNFA
-- message: RNFA flag is missing or invalid
-- reading: a flag the file held in a form that could not be read as true or false counts as
--   invalid
SELECT e.child_id, e.row_no, e.referral_nfa
FROM v_cin_episode e
WHERE e.referral_nfa IS NULL
  OR position(';ReferralNFA;' IN coalesce(e.unreadable, '')) > 0
