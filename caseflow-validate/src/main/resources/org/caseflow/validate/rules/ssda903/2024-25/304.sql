-- code: 304
-- severity: error
-- tables: UASC
-- fields: DUC
-- message: Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the
--   18th birthday of a child.
-- reading: the 18th birthday from the Header's date of birth (the reader keeps only the Header's)
SELECT u.child_id, u.row_no, u.uasc_ceased_date
FROM v_uasc u
JOIN v_child c ON c.child_id = u.child_id
WHERE u.uasc_ceased_date > add_months(c.birth_date, 216)
