-- code: 8565
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CINclosureDate,DateOfInitialCPC,AssessmentActualStartDate,AssessmentAuthorisationDate,
--   S47ActualStartDate,CPPendDate,CINPlanStartDate,CINPlanEndDate
-- message: Activity shown after a case has been closed
-- reading: one finding per closed CIN episode with any of these dates after its closure date
--   (the closure day itself is allowed): an initial conference (on the episode or a Section 47),
--   an assessment's start or authorisation, a Section 47 start, a CP plan's end, a CIN plan's
--   start or end, all of the same episode; each field shows the episode's latest such date when
--   it is after the closure, else nothing; located at the first CP plan that ended after the
--   closure, or at no row when none did
SELECT x.child_id, x.cp_row, x.closure_date,
  CASE WHEN x.icpc > x.closure_date THEN x.icpc END,
  CASE WHEN x.a_start > x.closure_date THEN x.a_start END,
  CASE WHEN x.a_auth > x.closure_date THEN x.a_auth END,
  CASE WHEN x.s47_start > x.closure_date THEN x.s47_start END,
  CASE WHEN x.cpp_end > x.closure_date THEN x.cpp_end END,
  CASE WHEN x.plan_start > x.closure_date THEN x.plan_start END,
  CASE WHEN x.plan_end > x.closure_date THEN x.plan_end END
FROM (
  SELECT e.child_id, e.closure_date,
    CASE
      WHEN e.icpc_date IS NULL THEN
        (SELECT max(s.icpc_date) FROM v_section47 s
         WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no)
      WHEN (SELECT max(s.icpc_date) FROM v_section47 s
            WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no) > e.icpc_date THEN
        (SELECT max(s.icpc_date) FROM v_section47 s
         WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no)
      ELSE e.icpc_date
    END AS icpc,
    (SELECT max(a.start_date) FROM v_assessment a
     WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no) AS a_start,
    (SELECT max(a.authorisation_date) FROM v_assessment a
     WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no) AS a_auth,
    (SELECT max(s.start_date) FROM v_section47 s
     WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no) AS s47_start,
    (SELECT max(p.end_date) FROM v_cp_plan p
     WHERE p.child_id = e.child_id AND p.episode_no = e.episode_no) AS cpp_end,
    (SELECT min(p.row_no) FROM v_cp_plan p
     WHERE p.child_id = e.child_id AND p.episode_no = e.episode_no
       AND p.end_date > e.closure_date) AS cp_row,
    (SELECT max(c.start_date) FROM v_cin_plan c
     WHERE c.child_id = e.child_id AND c.episode_no = e.episode_no) AS plan_start,
    (SELECT max(c.end_date) FROM v_cin_plan c
     WHERE c.child_id = e.child_id AND c.episode_no = e.episode_no) AS plan_end
  FROM v_cin_episode e
  WHERE e.closure_date IS NOT NULL
) x
WHERE x.icpc > x.closure_date OR x.a_start > x.closure_date OR x.a_auth > x.closure_date
  OR x.s47_start > x.closure_date OR x.cpp_end > x.closure_date
  OR x.plan_start > x.closure_date OR x.plan_end > x.closure_date
