-- id: AD13W
-- name: Approved adopters waiting more than 3 months for a match
-- stage: OUTPUTS
-- definition: Adoptive families in the Annex A list 11 of the collection year containing the
--   period end who were approved more than 3 months before the period end (on or before the
--   day 3 months earlier) and, by the period end, had not been matched or left the process.
--   Counted once per family (the family identifier, or the adopter when there is none). The
--   measure is the days since approval.
-- numerator: approved adoptive families waiting more than 3 months at the period end
-- unit: COUNT
-- polarity: LOW
-- period: SNAPSHOT
-- source: Annex A list 11
-- requires: aa_adopter
-- subject: families
SELECT coalesce(a.family_id, a.adopter_id) AS child_id, min(a.approval_date) AS event_date,
  1 AS in_numerator, 1 AS in_denominator, :end - min(a.approval_date) AS measure
FROM aa_adopter a
WHERE a.la = :la AND a.is_current
  AND a.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND a.approval_date <= add_months(:end, -3)
  AND (a.match_date IS NULL OR a.match_date > :end)
  AND (a.left_process_date IS NULL OR a.left_process_date > :end)
GROUP BY coalesce(a.family_id, a.adopter_id)
