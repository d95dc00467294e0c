-- code: 602
-- severity: error
-- tables: Episodes,AD1
-- fields: CHILD
-- message: The episode data submitted for this child does not show that he/she was adopted during
--   the year.
-- reading: an AD1 row with any adoption field completed, for a child with no episode ending with
--   E11 or E12 from 1 April to 31 March; the finding is about the child (no Episodes row)
SELECT a.child_id, CAST(NULL AS INTEGER), a.child_id
FROM v_adoption a
CROSS JOIN v_return r
WHERE (a.decision_date IS NOT NULL OR a.match_date IS NOT NULL OR a.by_foster_carer IS NOT NULL
    OR a.number_of_adopters IS NOT NULL OR a.adopter_sex IS NOT NULL
    OR a.adopter_legal_status IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM v_cla_episode e
    WHERE e.child_id = a.child_id
      AND e.reason_ceased IN ('E11', 'E12')
      AND e.end_date >= r.year_start
      AND e.end_date <= r.reference_date)
