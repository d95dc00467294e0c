-- code: 543
-- severity: error
-- tables: Episodes,OC2
-- fields: DOB,CONVICTED
-- message: Child is aged 10 or over at 31 March and has been looked after continuously for 12
--   months yet conviction information has not been completed.
-- reading: the age is taken from the Header's DOB; continuously looked after for 12 months: looked
--   after on 1 April, not starting care (S) after it nor ceasing care (a reason other than X1) in
--   the year, and no V3 or V4 short-break episode in the year; the finding is about the child (no
--   Episodes row)
WITH cla AS (
  SELECT e.child_id
  FROM v_cla_episode e
  CROSS JOIN v_return r
  GROUP BY e.child_id
  HAVING sum(CASE WHEN e.start_date <= r.year_start
        AND (e.end_date IS NULL OR e.end_date >= r.year_start) THEN 1 ELSE 0 END) > 0
    AND sum(CASE WHEN e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1'
        AND e.end_date >= r.year_start AND e.end_date <= r.reference_date THEN 1 ELSE 0 END) = 0
    AND sum(CASE WHEN e.reason_new_episode = 'S' AND e.start_date > r.year_start
        AND e.start_date <= r.reference_date THEN 1 ELSE 0 END) = 0
    AND sum(CASE WHEN e.legal_status IN ('V3', 'V4') AND e.start_date <= r.reference_date
        AND (e.end_date IS NULL OR e.end_date >= r.year_start) THEN 1 ELSE 0 END) = 0
)
SELECT h.child_id, CAST(NULL AS INTEGER), c.birth_date, h.convicted
FROM v_health_outcome h
JOIN cla ON cla.child_id = h.child_id
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE h.convicted IS NULL
  AND age_years(c.birth_date, r.reference_date) >= 10
