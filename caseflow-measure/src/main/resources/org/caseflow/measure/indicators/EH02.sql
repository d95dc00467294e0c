-- id: EH02
-- name: Early help assessments against the target
-- stage: INPUTS
-- definition: Early help assessments completed in the period (Annex A list 2) as a percentage
--   of the target summed over every organisation, for the financial year that holds the
--   period's last day (an annual target: a part-year period shows progress towards it).
-- numerator: early help assessments completed in the period
-- denominator: the targets of the financial year, summed over organisations
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: Annex A, early help targets
-- requires: aa_early_help, early_help_target
-- subject: assessments
-- weight: count / target
SELECT e.child_id, e.completion_date AS event_date, 1 AS in_numerator, 0 AS in_denominator,
  CAST(1 AS DOUBLE PRECISION) AS weight,
  CAST(NULL AS DOUBLE PRECISION) AS denominator_weight
FROM aa_early_help e
WHERE e.la = :la AND e.is_current AND e.completion_date BETWEEN :start AND :end
UNION ALL
SELECT t.organisation, t.year_start, 0, 1, CAST(0 AS DOUBLE PRECISION),
  CAST(t.target AS DOUBLE PRECISION)
FROM early_help_target t
WHERE t.la = :la AND t.is_current
  AND t.year_start = CAST(make_date(CAST(extract(year FROM :end) AS INTEGER)
    - CASE WHEN extract(month FROM :end) < 4 THEN 1 ELSE 0 END, 4, 1) AS DATE)
