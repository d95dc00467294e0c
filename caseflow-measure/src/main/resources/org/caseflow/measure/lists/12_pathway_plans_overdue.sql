-- id: pathway-plans-overdue
-- title: Pathway plans overdue for review
-- timescale: A pathway plan reviewed at least every 6 months (Care Leavers Regulations 2010;
--   PR16). Listed: care leavers in Annex A list 9 of the collection year containing the
--   reference date whose latest review was on or before the same day 6 months earlier, or who
--   have none recorded. (A review in the 6 months to the date, after that day, is on time.)
-- source: Annex A list 9 (care leavers)
-- last: Latest pathway plan review
-- due: Review due
-- overdue: Days overdue
-- detail: Personal adviser
SELECT l.child_id, l.allocated_team AS team, l.allocated_worker AS worker,
  age_years(l.birth_date, :ref) AS age, CAST(NULL AS DATE) AS start_date,
  l.pathway_plan_review_date AS last_date, add_months(l.pathway_plan_review_date, 6) AS due_date,
  CAST(:ref - add_months(l.pathway_plan_review_date, 6) AS INTEGER) AS overdue,
  l.personal_adviser AS detail
FROM aa_care_leaver l
WHERE l.la = :la AND l.is_current AND l.collection_year = :year
  AND (l.pathway_plan_review_date IS NULL OR l.pathway_plan_review_date <= add_months(:ref, -6))
