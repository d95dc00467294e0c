-- code: 8555Q
-- severity: query
-- tables: CINdetails
-- fields: PersonDeathDate,CINreferralDate
-- message: Child cannot be referred after its recorded date of death
SELECT e.child_id, e.row_no, c.death_date, e.referral_date
FROM v_cin_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE e.referral_date > c.death_date
