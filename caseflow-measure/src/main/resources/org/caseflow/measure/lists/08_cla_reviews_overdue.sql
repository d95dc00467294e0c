-- id: cla-reviews-overdue
-- title: Looked-after children's reviews overdue
-- timescale: The first review within 20 working days of the child starting to be looked after,
--   the second within 3 months of the first, then at most every 6 months (Care Planning
--   Regulations 2010, regulation 33; PR13). Listed: children looked after on the reference date
--   (SSDA903 episodes) whose next review was due before it, counting the reviews held since
--   the current period of care started (the latest episode starting care, reason S). A review
--   on its due date is on time.
-- source: SSDA903 episodes and reviews; team and worker from Annex A
-- start: Care started
-- last: Latest review
-- due: Review due
-- overdue: Days overdue
-- detail: Reviews held
WITH allocation AS (
-- include: allocation
), born AS (
-- include: born
), in_care AS (
  SELECT e.child_id,
    (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current
      AND s.child_id = e.child_id AND s.reason_new_episode = 'S' AND s.start_date <= :ref)
      AS care_start
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current AND e.start_date <= :ref
    AND (e.end_date IS NULL OR e.end_date > :ref)
  GROUP BY e.la, e.child_id
), reviewed AS (
  SELECT i.child_id, i.care_start, count(r.review_date) AS held, max(r.review_date) AS last_review
  FROM in_care i
  LEFT JOIN (SELECT DISTINCT child_id, review_date FROM cla_review
    WHERE la = :la AND is_current) r
    ON r.child_id = i.child_id AND r.review_date >= i.care_start AND r.review_date <= :ref
  WHERE i.care_start IS NOT NULL
  GROUP BY i.child_id, i.care_start
), due AS (
  SELECT v.*, CASE
    WHEN v.held = 0 THEN (SELECT min(d.day) FROM calendar d WHERE d.is_working_day
      AND d.working_day_no = (SELECT c.working_day_no FROM calendar c WHERE c.day = v.care_start)
        + 20)
    WHEN v.held = 1 THEN add_months(v.last_review, 3)
    ELSE add_months(v.last_review, 6) END AS due_date
  FROM reviewed v
)
SELECT d.child_id, a.team, a.worker, age_years(b.birth_date, :ref) AS age,
  d.care_start AS start_date, d.last_review AS last_date, d.due_date,
  CAST(:ref - d.due_date AS INTEGER) AS overdue, CAST(d.held AS VARCHAR) AS detail
FROM due d
LEFT JOIN allocation a ON a.child_id = d.child_id
LEFT JOIN born b ON b.child_id = d.child_id
WHERE d.due_date < :ref
