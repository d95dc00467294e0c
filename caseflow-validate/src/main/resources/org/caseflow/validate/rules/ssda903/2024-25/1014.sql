-- code: 1014
-- severity: error
-- tables: Episodes,UASC,OC3
-- fields: ACTIV,ACCOM,IN_TOUCH,DUC
-- message: UASC information is not required for care leavers
-- reading: a care leaver is a child with IN_TOUCH, ACTIV or ACCOM and no episode open at any time
--   in the year; a UASC row for one is flagged; the finding is the child's
SELECT u.child_id, CAST(NULL AS INTEGER), o.activity, o.accommodation, o.in_touch,
  u.uasc_ceased_date
FROM v_uasc u
JOIN v_care_leaver o ON o.child_id = u.child_id
CROSS JOIN v_return r
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM v_cla_episode e WHERE e.child_id = u.child_id AND e.start_date <= r.reference_date AND (e.end_date IS NULL OR e.end_date >= r.year_start))
