-- id: PR16
-- name: Care leavers with a pathway plan reviewed in the last 6 months
-- stage: PROCESSES
-- definition: Care leavers in the Annex A list 9 of the collection year containing the period
--   end whose latest pathway plan review was on or before the period end and after the day 6
--   months before it, as a percentage of all care leavers in the list. A review exactly 6
--   months before the end (e.g. 30 September for 31 March) does not count. Only meaningful for
--   a financial year.
-- numerator: care leavers whose pathway plan was reviewed in the 6 months to the period end
-- denominator: care leavers in Annex A list 9
-- unit: PERCENT
-- polarity: HIGH
-- period: YEAR_END
-- source: Annex A list 9
-- lait: -
-- requires: aa_care_leaver
-- subject: care-leavers
SELECT l.child_id, l.pathway_plan_review_date AS event_date,
  CASE WHEN l.pathway_plan_review_date <= :end
    AND l.pathway_plan_review_date > add_months(:end, -6) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM aa_care_leaver l
WHERE l.la = :la AND l.is_current
  AND l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
