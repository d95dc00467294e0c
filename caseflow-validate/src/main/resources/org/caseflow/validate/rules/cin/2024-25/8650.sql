-- code: 8650
-- severity: error
-- tables: CINdetails
-- fields: PrimaryNeedCode
-- message: Primary Need Code invalid (see Primary Need table in CIN census code set)
-- reading: a missing code is rule 8610's; only a code given and not in the list is flagged here
SELECT e.child_id, e.row_no, e.primary_need
FROM v_cin_episode e
WHERE e.primary_need NOT IN ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')
