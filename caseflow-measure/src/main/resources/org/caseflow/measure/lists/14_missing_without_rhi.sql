-- id: missing-without-rhi
-- title: Missing episodes without a return home interview
-- timescale: A return home interview offered within 72 hours of a child coming back (statutory
--   guidance on children who run away or go missing; PR17). Listed: children in Annex A list 8
--   of the collection year containing the reference date with a missing episode in the last
--   12 months who were not offered an interview. The latest episode is the SSDA903's.
-- source: Annex A list 8 (children in care); latest missing episode from the SSDA903
-- start: Latest missing episode
-- last: It ended
-- overdue: Days since it ended
-- detail: Missing episodes in 12 months
-- not held: Annex A says whether an interview was offered, not when, so the 72 hours cannot be
--   checked.
WITH latest AS (
  SELECT m.child_id, max(m.start_date) AS start_date
  FROM missing_episode m
  WHERE m.la = :la AND m.is_current AND m.start_date <= :ref
  GROUP BY m.child_id
)
SELECT c.child_id, c.allocated_team AS team, c.allocated_worker AS worker,
  age_years(c.birth_date, :ref) AS age, l.start_date,
  (SELECT max(m.end_date) FROM missing_episode m WHERE m.la = :la AND m.is_current
    AND m.child_id = c.child_id AND m.start_date = l.start_date) AS last_date,
  CAST(NULL AS DATE) AS due_date,
  CAST(:ref - (SELECT max(m.end_date) FROM missing_episode m WHERE m.la = :la AND m.is_current
    AND m.child_id = c.child_id AND m.start_date = l.start_date) AS INTEGER) AS overdue,
  CAST(c.missing_last_12_months AS VARCHAR) AS detail
FROM aa_child_in_care c
LEFT JOIN latest l ON l.child_id = c.child_id
WHERE c.la = :la AND c.is_current AND c.collection_year = :year
  AND c.missing_last_12_months > 0 AND NOT coalesce(c.return_interview_offered, FALSE)
