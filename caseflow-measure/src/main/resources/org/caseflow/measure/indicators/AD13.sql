-- id: AD13
-- name: Adopter approvals
-- stage: OUTPUTS
-- definition: Prospective adopters approved in the period (Annex A list 11, date the
--   application was approved), counted once per adoptive family (the family identifier, or the
--   adopter when there is none), however many lists record the approval.
-- numerator: adoptive families approved in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: Annex A list 11
-- requires: aa_adopter
-- subject: families
SELECT DISTINCT coalesce(a.family_id, a.adopter_id) AS child_id, a.approval_date AS event_date,
  1 AS in_numerator, 1 AS in_denominator
FROM aa_adopter a
WHERE a.la = :la AND a.is_current AND a.approval_date BETWEEN :start AND :end
