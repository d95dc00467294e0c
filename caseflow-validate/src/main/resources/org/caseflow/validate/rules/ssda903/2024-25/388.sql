-- code: 388
-- severity: error
-- tables: Episodes
-- fields: REC
-- message: Reason episode ceased is coded new episode begins, but there is no continuation episode.
-- reading: an episode ending X1 must have another episode of the child starting on its DEC, and one
--   ending with any other reason must not (then the child went on being looked after and X1 was
--   due)
SELECT e.child_id, e.row_no, e.reason_ceased
FROM v_cla_episode e
WHERE e.end_date IS NOT NULL
  AND ((e.reason_ceased = 'X1'
        AND NOT EXISTS (SELECT 1 FROM v_cla_episode n
                        WHERE n.child_id = e.child_id AND n.row_no <> e.row_no
                          AND n.start_date = e.end_date))
    OR (e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1'
        AND EXISTS (SELECT 1 FROM v_cla_episode n
                    WHERE n.child_id = e.child_id AND n.row_no <> e.row_no
                      AND n.start_date = e.end_date)))
