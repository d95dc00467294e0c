-- code: 120
-- severity: error
-- tables: PlacedAdoption
-- fields: REASON_PLACED_CEASED
-- message: The reason for the reversal of the decision that the child should be placed for adoption
--   code is not valid.
-- reading: a blank reason is not checked here (119 pairs it with the date)
SELECT p.child_id, p.row_no, p.reason_ceased
FROM v_placed_for_adoption p
WHERE p.reason_ceased NOT IN ('RD1', 'RD2', 'RD3', 'RD4')
