-- code: 4013
-- severity: error
-- tables: CINplanDates
-- fields: CINPlanEndDate,ReferenceDate
-- message: CIN Plan end date must fall within the census year
-- reading: when present, from the year's 1 April to the reference date, both included
SELECT c.child_id, c.row_no, c.end_date, r.reference_date
FROM v_cin_plan c, v_return r
WHERE c.end_date < r.year_start OR c.end_date > r.reference_date
