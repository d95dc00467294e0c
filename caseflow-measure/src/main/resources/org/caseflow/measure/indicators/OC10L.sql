-- id: OC10L
-- name: Child protection plans by latest category of abuse
-- stage: OUTPUTS
-- definition: Child protection plans open at the period end (OC07) by the latest category of
--   abuse: neglect, physical abuse, sexual abuse, emotional abuse, or multiple (a child under
--   multiple is counted in no other category).
-- numerator: CP plans open at the period end, by LatestCategoryOfAbuse
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CIN census
-- requires: cp_plan
-- subject: plans
-- breakdown: latest category of abuse
-- breaks-down: OC07
SELECT p.child_id, p.start_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE p.latest_category
    WHEN 'NEG' THEN 'Neglect'
    WHEN 'PHY' THEN 'Physical abuse'
    WHEN 'SAB' THEN 'Sexual abuse'
    WHEN 'EMO' THEN 'Emotional abuse'
    WHEN 'MUL' THEN 'Multiple'
    ELSE 'Not recorded'
  END AS category
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date <= :end
  AND (p.end_date IS NULL OR p.end_date > :end)
