-- id: PR06
-- name: Section 47 enquiries
-- stage: PROCESSES
-- definition: Section 47 enquiries started in the period. Each enquiry counts.
-- numerator: Section 47 enquiries whose S47ActualStartDate falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- lait: -
-- requires: section47
-- subject: enquiries
SELECT s.child_id, s.start_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM section47 s
WHERE s.la = :la AND s.is_current AND s.start_date BETWEEN :start AND :end
