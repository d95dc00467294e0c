-- code: 8620
-- severity: error
-- tables: CINdetails
-- fields: CINclosureDate
-- message: CIN Closure Date present and does not fall within the Census year
SELECT e.child_id, e.row_no, e.closure_date
FROM v_cin_episode e
CROSS JOIN v_return r
WHERE e.closure_date < r.year_start OR e.closure_date > r.reference_date
