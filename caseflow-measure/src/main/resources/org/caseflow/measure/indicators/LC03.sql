-- id: LC03
-- name: Children in NRPF families open at the end of the period
-- stage: LOCAL
-- definition: Children in the families with no recourse to public funds whose cases are open
--   on the last day of the period (as LC02), as the register counts them per family.
-- numerator: children in the families of LC02
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: NRPF register
-- requires: nrpf_case
-- subject: cases
-- weight: children
SELECT n.case_id AS child_id, n.referral_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(n.children AS DOUBLE PRECISION) AS weight
FROM nrpf_case n
WHERE n.la = :la AND n.is_current AND n.referral_date <= :end
  AND (n.closure_date IS NULL OR n.closure_date > :end)
UNION ALL
SELECT 'register', :end, 0, 0, CAST(0 AS DOUBLE PRECISION)
WHERE EXISTS (SELECT 1 FROM nrpf_case r WHERE r.la = :la AND r.is_current)
