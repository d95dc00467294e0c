-- code: 4004
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanEndDate
-- message: This child is showing more than one open CIN Plan, i.e. with no End Date
-- reading: as the DfE's rule, within one CIN episode: every open CIN plan of an episode that has
--   more than one; open plans in different episodes overlap and are left to 4014
SELECT c.child_id, c.row_no, c.end_date
FROM v_cin_plan c
WHERE c.end_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_cin_plan o
    WHERE o.child_id = c.child_id AND o.episode_no = c.episode_no AND o.row_no <> c.row_no
      AND o.end_date IS NULL)
