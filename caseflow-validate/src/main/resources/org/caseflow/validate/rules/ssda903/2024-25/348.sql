-- code: 348
-- severity: error
-- tables: OC3
-- fields: IN_TOUCH
-- message: Care leaver has previously been reported as having died.
-- reading: an earlier year's OC3 (of any year loaded) recorded the young person as died, and this
--   year's does not
SELECT l.child_id, l.row_no, l.in_touch
FROM v_care_leaver l
CROSS JOIN v_return r
WHERE coalesce(l.in_touch, '') <> 'DIED'
  AND EXISTS (
    SELECT 1 FROM hist_care_leaver h
    WHERE h.child_id = l.child_id
      AND h.collection_year < r.collection_year
      AND h.in_touch = 'DIED')
