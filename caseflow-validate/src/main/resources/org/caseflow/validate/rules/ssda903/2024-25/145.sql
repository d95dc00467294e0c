-- code: 145
-- severity: error
-- tables: Episodes
-- fields: CIN
-- message: Category of need code is not a valid code.
-- reading: a blank CIN is reported by the reader as a missing required field, not here
SELECT e.child_id, e.row_no, e.category_of_need
FROM v_cla_episode e
WHERE e.category_of_need NOT IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8')
