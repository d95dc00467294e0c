-- id: PR17A
-- name: Return home interviews accepted after going missing
-- stage: PROCESSES
-- definition: Children in the Annex A list 8 of the collection year containing the period end
--   who had at least one 'missing' episode in the last 12 months and accepted a return home
--   interview, as a percentage of those who went missing. Only meaningful for a financial
--   year.
-- numerator: children who went missing and accepted a return home interview
-- denominator: children in Annex A list 8 with a missing episode in the last 12 months
-- unit: PERCENT
-- polarity: HIGH
-- period: YEAR_END
-- source: Annex A list 8
-- lait: -
-- requires: aa_child_in_care
-- subject: children
SELECT c.child_id, :end AS event_date,
  CASE WHEN c.return_interview_accepted THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM aa_child_in_care c
WHERE c.la = :la AND c.is_current
  AND c.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND c.missing_last_12_months > 0
