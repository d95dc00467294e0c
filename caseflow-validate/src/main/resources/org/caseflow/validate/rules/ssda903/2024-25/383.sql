-- code: 383
-- severity: error
-- tables: Episodes
-- fields: PLACE,RNE,PL_POST
-- message: A child in a temporary placement must subsequently return to his/her normal placement.
-- reading: the first temporary placement (T0 to T4) after a normal one is flagged when the next
--   non-temporary episode is not a change of placement (RNE P or B) back to the same placement type
--   and postcode as before; a run still open is not judged; the previous episode is the one before
--   in this return or, for the child's first one here, the latest in an earlier year's return
WITH eps AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_new_episode AS rne,
         e.legal_status AS ls, e.placement_type AS place,
         upper(replace(e.placement_postcode, ' ', '')) AS pl_post, upper(trim(e.urn)) AS urn,
         e.placement_provider AS provider, e.reason_ceased AS rec, 1 AS here
  FROM v_cla_episode e
  UNION ALL
  SELECT h.child_id, CAST(NULL AS INTEGER), h.start_date, h.end_date, h.reason_new_episode,
         h.legal_status, h.placement_type, upper(replace(h.placement_postcode, ' ', '')),
         upper(trim(h.urn)), h.placement_provider, h.reason_ceased, 0
  FROM hist_cla_episode h
  CROSS JOIN v_return r
  WHERE h.collection_year < r.collection_year
    AND NOT EXISTS (SELECT 1 FROM v_cla_episode e
                    WHERE e.child_id = h.child_id AND e.start_date = h.start_date)
    AND NOT EXISTS (SELECT 1 FROM hist_cla_episode n
                    WHERE n.child_id = h.child_id AND n.start_date = h.start_date
                      AND n.collection_year > h.collection_year
                      AND n.collection_year < r.collection_year)
),
seq AS (
  SELECT s.child_id, s.row_no, s.start_date, s.end_date, s.rne, s.ls, s.place, s.pl_post, s.urn,
         s.provider, s.rec, s.here,
         lag(s.here) OVER w AS prev_here, lag(s.end_date) OVER w AS prev_end,
         lag(s.rec) OVER w AS prev_rec, lag(s.ls) OVER w AS prev_ls,
         lag(s.place) OVER w AS prev_place, lag(s.pl_post) OVER w AS prev_post,
         lag(s.urn) OVER w AS prev_urn, lag(s.provider) OVER w AS prev_provider,
         row_number() OVER w AS k
  FROM eps s
  WINDOW w AS (PARTITION BY s.child_id ORDER BY s.start_date, s.end_date NULLS LAST, s.here,
               s.row_no)
),
runs AS (
  SELECT t.child_id, t.row_no, t.place, t.prev_place, t.prev_post,
         (SELECT min(n.k) FROM seq n
          WHERE n.child_id = t.child_id AND n.k > t.k AND n.place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')) AS next_k
  FROM seq t
  WHERE t.here = 1 AND t.place IN ('T0', 'T1', 'T2', 'T3', 'T4') AND t.k > 1 AND t.rne <> 'S'
    AND t.prev_place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
)
SELECT u.child_id, u.row_no, u.place, n.rne, n.pl_post
FROM runs u
JOIN seq n ON n.child_id = u.child_id AND n.k = u.next_k
WHERE n.rne NOT IN ('P', 'B')
   OR n.place <> u.prev_place
   OR n.pl_post IS DISTINCT FROM u.prev_post
