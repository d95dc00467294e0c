-- id: health-assessments-overdue
-- title: Health assessments overdue
-- timescale: A health assessment every 6 months for a child under 5 and every 12 months from 5
--   (statutory guidance on promoting the health of looked-after children; LA18 counts the
--   annual one), the first within 20 working days of becoming looked after. Listed: children
--   looked after on the reference date (Annex A list 8 of the collection year containing it)
--   whose last health assessment is older than that, or who have none recorded more than 20
--   working days after they started to be looked after. Age on the reference date.
-- source: Annex A list 8 (children in care)
-- start: Looked after since
-- last: Last health assessment
-- due: Assessment due
-- overdue: Days overdue
WITH due AS (
  SELECT c.*, age_years(c.birth_date, :ref) AS age,
    CASE
      WHEN c.last_health_assessment_date IS NULL THEN (SELECT min(d.day) FROM calendar d
        WHERE d.is_working_day AND d.working_day_no = (SELECT w.working_day_no FROM calendar w
          WHERE w.day = c.start_date) + 20)
      WHEN age_years(c.birth_date, :ref) < 5 THEN add_months(c.last_health_assessment_date, 6)
      ELSE add_months(c.last_health_assessment_date, 12) END AS due_date
  FROM aa_child_in_care c
  WHERE c.la = :la AND c.is_current AND c.collection_year = :year
    AND c.start_date <= :ref AND (c.ceased_date IS NULL OR c.ceased_date > :ref)
)
SELECT d.child_id, d.allocated_team AS team, d.allocated_worker AS worker, d.age,
  d.start_date, d.last_health_assessment_date AS last_date, d.due_date,
  CAST(:ref - d.due_date AS INTEGER) AS overdue, CAST(NULL AS VARCHAR) AS detail
FROM due d
WHERE d.due_date < :ref
