-- code: 2886Q
-- severity: query
-- tables: ChildIdentifiers
-- fields: ExpectedPersonBirthDate,CINTable.ChildIdentifiers
-- message: Please check and either amend or provide a reason: Percentage of children with no sex
--   recorded is more than 2% (excluding unborns)
-- reading: children with no sex or sex U and no expected date of birth, over all the child records
--   of the return; queried once for the return when above 2%, with the count of them against the
--   count of children
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), CAST(NULL AS DATE),
       CAST(count(CASE WHEN (c.sex IS NULL OR c.sex = 'U') AND c.expected_birth_date IS NULL
                       THEN 1 END) AS VARCHAR)
       || ' of ' || CAST(count(*) AS VARCHAR)
FROM v_child c
HAVING count(CASE WHEN (c.sex IS NULL OR c.sex = 'U') AND c.expected_birth_date IS NULL
                  THEN 1 END) * 50 > count(*)
