-- code: 399
-- severity: error
-- tables: Episodes,Header,Reviews
-- fields: MOTHER,LS,REVIEW,REVIEW_CODE
-- message: Mother field, review field or participation field are completed but child is looked
--   after under legal status V3 or V4.
-- reading: only a child all of whose episodes this year are V3 or V4 is checked; each of those
--   episodes is flagged when the Header holds MOTHER or the child has any review; the first
--   review's date and the lowest code are reported
SELECT e.child_id, e.row_no,
       CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END,
       e.legal_status,
       (SELECT min(v.review_date) FROM v_cla_review v WHERE v.child_id = e.child_id),
       (SELECT min(v.participation) FROM v_cla_review v WHERE v.child_id = e.child_id)
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
WHERE NOT EXISTS (SELECT 1 FROM v_cla_episode o
                  WHERE o.child_id = e.child_id
                    AND coalesce(o.legal_status, '') NOT IN ('V3', 'V4'))
  AND (c.is_mother IS NOT NULL
       OR position(';MOTHER;' IN coalesce(c.unreadable, '')) > 0
       OR EXISTS (SELECT 1 FROM v_cla_review v WHERE v.child_id = e.child_id))
