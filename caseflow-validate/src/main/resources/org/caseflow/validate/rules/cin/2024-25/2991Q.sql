-- code: 2991Q
-- severity: query
-- tables: CINdetails
-- fields: CINdetailsID
-- message: Please check and either amend data or provide a reason: A Section 47 module is
--   recorded and there is no assessment on the episode
-- reading: CINdetailsID is reported as the episode's number within the child
SELECT e.child_id, e.row_no, CAST(e.episode_no AS VARCHAR)
FROM v_cin_episode e
WHERE EXISTS (
    SELECT 1 FROM v_section47 s WHERE s.child_id = e.child_id AND s.episode_no = e.episode_no)
  AND NOT EXISTS (
    SELECT 1 FROM v_assessment a WHERE a.child_id = e.child_id AND a.episode_no = e.episode_no)
