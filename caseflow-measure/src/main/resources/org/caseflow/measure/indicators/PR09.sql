-- id: PR09
-- name: ICPCs within 15 working days of the Section 47 start
-- stage: PROCESSES
-- definition: Initial child protection conferences held in the period within 15 working days of
--   the start of the Section 47 enquiry they followed, as a percentage of conferences held in
--   the period that followed an enquiry. Working days are counted after the start date up to and
--   including the conference date.
-- numerator: conferences in the period held 15 working days or fewer after the S47 start
-- denominator: conferences in the period linked to a Section 47 enquiry
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: CIN census
-- lait: CP_conf_15days
-- requires: section47
-- subject: conferences
icpc_duration AS MATERIALIZED (
  SELECT s.child_id, s.icpc_date, working_days(s.start_date, s.icpc_date) AS working_days
  FROM section47 s
  WHERE s.la = :la AND s.is_current AND s.icpc_date IS NOT NULL
    AND s.start_date IS NOT NULL AND NOT coalesce(s.icpc_not_required, FALSE)
)
-- per period
SELECT d.child_id, d.icpc_date AS event_date,
  CASE WHEN d.working_days <= 15 THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator,
  d.working_days AS measure
FROM icpc_duration d
WHERE d.icpc_date BETWEEN :start AND :end
