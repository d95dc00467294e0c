-- code: 8770Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: UPNunknown,UPNunknown
-- message: Please check and either amend data or provide a reason: UPN is missing or reason UPN is
--   missing or is UN1 for a child who is of school age.
-- reading: of school age: born before the ReferenceDate less 6 years, with at least one referral
--   going on to further action (ReferralNFA false); then a UPN or a reason UN2 to UN7 is expected.
--   The DfE names UPNunknown twice: both values are the reason given
SELECT c.child_id, c.row_no, c.upn_unknown, c.upn_unknown
FROM v_child c
CROSS JOIN v_return r
WHERE c.upn IS NULL
  AND (c.upn_unknown IS NULL OR c.upn_unknown NOT IN ('UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'))
  AND c.birth_date < add_months(r.reference_date, -72)
  AND EXISTS (SELECT 1 FROM v_cin_episode e
              WHERE e.child_id = c.child_id AND e.referral_nfa = FALSE)
