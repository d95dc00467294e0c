-- code: 8820
-- severity: error
-- tables: CINdetails
-- fields: CINreferralDate,CINclosureDate
-- message: The dates on the CIN episodes for this child overlap
-- reading: an episode is flagged when its referral falls on or after another episode's referral
--   and before that one's closure (a referral on the day another closes is fine), or, where the
--   other is open and not NFA, on or before the reference date; a missing ReferralNFA counts as
--   not NFA
SELECT e.child_id, e.row_no, e.referral_date, e.closure_date
FROM v_cin_episode e
CROSS JOIN v_return r
WHERE EXISTS (
    SELECT 1 FROM v_cin_episode o
    WHERE o.child_id = e.child_id AND o.row_no <> e.row_no
      AND e.referral_date >= o.referral_date
      AND ((o.closure_date IS NOT NULL AND e.referral_date < o.closure_date)
        OR (o.closure_date IS NULL AND NOT coalesce(o.referral_nfa, false)
          AND e.referral_date <= r.reference_date)))
