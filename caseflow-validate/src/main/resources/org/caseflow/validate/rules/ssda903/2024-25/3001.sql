-- code: 3001
-- severity: error
-- tables: Header,OC3
-- fields: REC
-- message: Where care leavers information is being returned for a young person around their 17th
--   birthday, the accommodation cannot be with their former foster carer(s).
-- reading: the 17th birthday falls in the collection year and ACCOM is Z1 or Z2 (with former foster
--   carers); REC is not read, so no value is given for it
SELECT c.child_id, c.row_no, CAST(NULL AS VARCHAR)
FROM v_child c
JOIN v_care_leaver o ON o.child_id = c.child_id
CROSS JOIN v_return r
WHERE o.accommodation IN ('Z1', 'Z2')
  AND add_months(c.birth_date, 204) BETWEEN r.year_start AND r.reference_date
