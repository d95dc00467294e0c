-- id: LA01A
-- name: Children looked after by age
-- stage: OUTPUTS
-- definition: Children looked after at the period end (LA01) by their age on that day, in DfE's
--   bands: under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over (age from the SSDA903 Header's date of
--   birth; not known when the Header has none).
-- numerator: children looked after at the period end, by age band
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- breakdown: age band
-- breaks-down: LA01
-- parts: cla_current, child903
WITH looked_after AS (
  SELECT e.child_id, max(e.start_date) AS start_date
  FROM cla_current e
  WHERE e.la = :la AND e.is_current AND e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  GROUP BY e.child_id
)
SELECT l.child_id, l.start_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE
    WHEN h.birth_date IS NULL THEN '6. Not known'
    WHEN age_years(h.birth_date, :end) < 1 THEN '1. Under 1'
    WHEN age_years(h.birth_date, :end) < 5 THEN '2. 1 to 4'
    WHEN age_years(h.birth_date, :end) < 10 THEN '3. 5 to 9'
    WHEN age_years(h.birth_date, :end) < 16 THEN '4. 10 to 15'
    ELSE '5. 16 and over'
  END AS category
FROM looked_after l
LEFT JOIN child903 h ON h.child_id = l.child_id
