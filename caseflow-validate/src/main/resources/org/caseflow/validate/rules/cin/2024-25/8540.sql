-- code: 8540
-- severity: error
-- tables: ChildCharacteristics
-- fields: Disability,PersonBirthDate,ReferralNFA
-- message: Child’s disability is missing or invalid (see Disability table)
-- reading: for a born child with at least one referral going on to further action (ReferralNFA
--   false), one finding when no disability is recorded and one for each code not in the list
WITH needed AS (
  SELECT c.child_id, c.row_no, c.birth_date
  FROM v_child c
  WHERE c.birth_date IS NOT NULL
    AND EXISTS (SELECT 1 FROM v_cin_episode e
                WHERE e.child_id = c.child_id AND e.referral_nfa = FALSE)
)
SELECT n.child_id, n.row_no, d.disability, n.birth_date, FALSE
FROM needed n
LEFT JOIN v_child_disability d ON d.child_id = n.child_id
WHERE d.child_id IS NULL
   OR d.disability NOT IN ('NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH',
                           'CON', 'AUT', 'DDA')
