-- code: 2883
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,DateOfInitialCPC
-- message: There are more child protection plans starting than initial conferences taking place
-- reading: across the return, the CP plans starting in the census year are counted against the
--   initial conferences held in it, on Section 47 enquiries and on CIN episodes (ICPCs not linked
--   to a Section 47) together; reports the two counts
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), CAST(s.plans AS VARCHAR),
  CAST(s.conferences AS VARCHAR)
FROM (
  SELECT
    (SELECT count(*) FROM v_cp_plan p, v_return r
     WHERE p.start_date >= r.year_start AND p.start_date <= r.reference_date) AS plans,
    (SELECT count(*) FROM v_section47 s47, v_return r
     WHERE s47.icpc_date >= r.year_start AND s47.icpc_date <= r.reference_date)
    + (SELECT count(*) FROM v_cin_episode e, v_return r
       WHERE e.icpc_date >= r.year_start AND e.icpc_date <= r.reference_date) AS conferences
) s
WHERE s.plans > s.conferences
