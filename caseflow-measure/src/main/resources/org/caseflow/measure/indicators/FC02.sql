-- id: FC02
-- name: Foster carer approvals against the annual target
-- stage: LOCAL
-- definition: Foster carer households approved in the period as a percentage of the approvals
--   target for the financial year that holds the period's last day (an annual target: a
--   part-year period shows progress towards it).
-- numerator: households approved in the period
-- denominator: the approvals target of the financial year
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: foster carer households, fostering targets
-- requires: foster_household, fostering_target
-- subject: households
-- weight: count / target
SELECT h.household_id AS child_id, h.approval_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(1 AS DOUBLE PRECISION) AS weight,
  CAST(NULL AS DOUBLE PRECISION) AS denominator_weight
FROM foster_household h
WHERE h.la = :la AND h.is_current AND h.approval_date BETWEEN :start AND :end
UNION ALL
SELECT 'target', t.year_start, 0, 1, CAST(0 AS DOUBLE PRECISION),
  CAST(t.approvals_target AS DOUBLE PRECISION)
FROM fostering_target t
WHERE t.la = :la AND t.is_current
  AND t.year_start = CAST(make_date(CAST(extract(year FROM :end) AS INTEGER)
    - CASE WHEN extract(month FROM :end) < 4 THEN 1 ELSE 0 END, 4, 1) AS DATE)
