-- code: 551
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED,PLACE
-- message: Child has been placed for adoption but there is no date of the decision that the child
--   should be placed for adoption.
-- reading: each episode in an adoption placement (A3 to A6) needs a decision for the child with a
--   DATE_PLACED in PlacedAdoption; a date the file held in a form that is not a date counts as
--   given
SELECT e.child_id, e.row_no, CAST(NULL AS DATE), e.placement_type
FROM v_cla_episode e
WHERE e.placement_type IN ('A3', 'A4', 'A5', 'A6')
  AND NOT EXISTS (
    SELECT 1 FROM v_placed_for_adoption p
    WHERE p.child_id = e.child_id
      AND (p.decision_date IS NOT NULL
        OR position(';DATE_PLACED;' IN coalesce(p.unreadable, '')) > 0))
