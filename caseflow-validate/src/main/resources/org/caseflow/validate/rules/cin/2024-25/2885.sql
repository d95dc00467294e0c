-- code: 2885
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,DateOfInitialCPC
-- message: Child protection plan shown as starting a different day to the initial child
--   protection conference.
-- reading: a plan starting in the census year must start on the day of an initial conference of
--   its own CIN episode, held on one of the episode's Section 47 enquiries or recorded on the
--   episode itself; reports the episode's latest conference date, if any
SELECT p.child_id, p.row_no, p.start_date,
  coalesce(
    (SELECT max(s.icpc_date) FROM v_section47 s
     WHERE s.child_id = p.child_id AND s.episode_no = p.episode_no),
    (SELECT max(e.icpc_date) FROM v_cin_episode e
     WHERE e.child_id = p.child_id AND e.episode_no = p.episode_no))
FROM v_cp_plan p, v_return r
WHERE p.start_date >= r.year_start AND p.start_date <= r.reference_date
  AND NOT EXISTS (
    SELECT 1 FROM v_section47 s
    WHERE s.child_id = p.child_id AND s.episode_no = p.episode_no
      AND s.icpc_date = p.start_date)
  AND NOT EXISTS (
    SELECT 1 FROM v_cin_episode e
    WHERE e.child_id = p.child_id AND e.episode_no = p.episode_no
      AND e.icpc_date = p.start_date)
