-- id: FC03
-- name: Foster carer enquiries converted to approval
-- stage: LOCAL
-- definition: Prospective foster carer households whose first enquiry was in the period and
--   that have been approved (by the latest data), as a percentage of the households enquiring in
--   the period. Households still being assessed count as not yet converted, so a recent period
--   reads low until its assessments conclude.
-- numerator: households enquiring in the period that were approved
-- denominator: households enquiring in the period
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: foster carer households
-- requires: foster_household
-- subject: households
SELECT h.household_id AS child_id, h.enquiry_date AS event_date,
  CASE WHEN h.approval_date IS NOT NULL THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM foster_household h
WHERE h.la = :la AND h.is_current AND h.enquiry_date BETWEEN :start AND :end
