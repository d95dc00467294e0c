-- id: FC04
-- name: Average days from enquiry to approval of foster carers
-- stage: LOCAL
-- definition: For foster carer households approved in the period, the mean number of days from
--   the first enquiry to approval.
-- numerator: the sum of the days
-- denominator: households approved in the period
-- unit: MEAN
-- polarity: LOW
-- period: EVENT
-- source: foster carer households
-- requires: foster_household
-- subject: households
SELECT h.household_id AS child_id, h.approval_date AS event_date, 1 AS in_numerator,
  1 AS in_denominator, h.approval_date - h.enquiry_date AS measure
FROM foster_household h
WHERE h.la = :la AND h.is_current AND h.approval_date BETWEEN :start AND :end
