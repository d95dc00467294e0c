-- id: FC01
-- name: Foster carer households approved, by type
-- stage: LOCAL
-- definition: Prospective foster carer households approved in the period, broken down by type
--   (mainstream or connected person).
-- numerator: households whose approval date falls in the period
-- unit: COUNT
-- polarity: HIGH
-- period: EVENT
-- source: foster carer households
-- requires: foster_household
-- subject: households
-- breakdown: type of foster carer
SELECT h.household_id AS child_id, h.approval_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, h.carer_type AS category
FROM foster_household h
WHERE h.la = :la AND h.is_current AND h.approval_date BETWEEN :start AND :end
