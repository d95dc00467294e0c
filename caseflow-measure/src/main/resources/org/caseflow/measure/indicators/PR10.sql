-- id: PR10
-- name: ICPCs resulting in a child protection plan
-- stage: PROCESSES
-- definition: Initial child protection conferences held in the period after a Section 47
--   enquiry that were followed by a child protection plan starting on the day of the conference
--   in the same episode, as a percentage of those conferences.
-- numerator: conferences in the period with a CP plan in the same episode starting that day
-- denominator: conferences held in the period after a Section 47 enquiry
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: section47
-- subject: conferences
SELECT s.child_id, s.icpc_date AS event_date,
  CASE WHEN EXISTS (SELECT 1 FROM cp_plan p WHERE p.batch_id = s.batch_id AND p.is_current
      AND p.child_id = s.child_id AND p.episode_no = s.episode_no AND p.start_date = s.icpc_date)
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM section47 s
WHERE s.la = :la AND s.is_current AND s.icpc_date BETWEEN :start AND :end
  AND NOT coalesce(s.icpc_not_required, FALSE)
