-- code: 1012
-- severity: error
-- tables: Episodes
-- fields: CHILD
-- message: No other data should be returned for OC3 children who had no episodes in the current
--   year
-- reading: a child in OC3 with no episode open at any time in the year but rows in Reviews,
--   PlacedAdoption, Missing, AD1, PrevPerm or OC2 (UASC is rule 1014's); one finding a child
SELECT o.child_id, CAST(NULL AS INTEGER), o.child_id
FROM v_care_leaver o
CROSS JOIN v_return r
WHERE NOT EXISTS (
    SELECT 1 FROM v_cla_episode e WHERE e.child_id = o.child_id AND e.start_date <= r.reference_date AND (e.end_date IS NULL OR e.end_date >= r.year_start))
  AND (EXISTS (SELECT 1 FROM v_cla_review x WHERE x.child_id = o.child_id)
    OR EXISTS (SELECT 1 FROM v_placed_for_adoption x WHERE x.child_id = o.child_id)
    OR EXISTS (SELECT 1 FROM v_missing_episode x WHERE x.child_id = o.child_id)
    OR EXISTS (SELECT 1 FROM v_adoption x WHERE x.child_id = o.child_id)
    OR EXISTS (SELECT 1 FROM v_previous_permanence x WHERE x.child_id = o.child_id)
    OR EXISTS (SELECT 1 FROM v_health_outcome x WHERE x.child_id = o.child_id))
