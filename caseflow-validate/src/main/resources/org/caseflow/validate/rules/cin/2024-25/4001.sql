-- code: 4001
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanEndDate,CPPendDate
-- message: A CIN Plan cannot run concurrently with a Child Protection Plan
-- reading: as the DfE's rule, within one CIN episode: an open CIN plan (no end date) where the
--   same episode also has an open CP plan; plans of different episodes are left to 4016 and 4017
SELECT c.child_id, c.row_no, c.end_date, CAST(NULL AS DATE)
FROM v_cin_plan c
WHERE c.end_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_cp_plan p
    WHERE p.child_id = c.child_id AND p.episode_no = c.episode_no AND p.end_date IS NULL)
