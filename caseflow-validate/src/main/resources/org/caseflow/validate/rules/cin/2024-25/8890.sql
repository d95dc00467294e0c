-- code: 8890
-- severity: error
-- tables: CINdetails
-- fields: S47ActualStartDate
-- message: A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry
--   ongoing
-- reading: within one episode, a Section 47 starting on or between another's start and its
--   conference date, or, where that one has no conference and is not flagged ICPC not required,
--   the reference date; one finding per such Section 47, at its episode
SELECT e.child_id, e.row_no, s.start_date
FROM v_section47 s
JOIN v_cin_episode e ON e.child_id = s.child_id AND e.episode_no = s.episode_no
CROSS JOIN v_return r
WHERE EXISTS (
    SELECT 1 FROM v_section47 o
    WHERE o.child_id = s.child_id AND o.episode_no = s.episode_no AND o.row_no <> s.row_no
      AND s.start_date >= o.start_date
      AND ((o.icpc_date IS NOT NULL AND s.start_date <= o.icpc_date)
        OR (o.icpc_date IS NULL AND NOT coalesce(o.icpc_not_required, false)
          AND s.start_date <= r.reference_date)))
