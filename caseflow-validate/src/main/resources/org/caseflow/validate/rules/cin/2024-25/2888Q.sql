-- code: 2888Q
-- severity: query
-- tables: Disabilities
-- fields: Disability
-- message: Please check and either amend or provide a reason: Only one disability code is recorded
--   per child and multiple disabilities should be recorded where possible.
-- reading: queried once for the return when children have disabilities other than NONE but none
--   has two different codes; the value is the number of children with a disability. A return
--   with no disability at all is left to 2887Q
WITH per_child AS (
  SELECT d.child_id, count(DISTINCT d.disability) AS codes
  FROM v_child_disability d
  WHERE d.disability <> 'NONE'
  GROUP BY d.child_id
)
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), CAST(count(*) AS VARCHAR)
FROM per_child p
HAVING count(*) > 0 AND max(p.codes) = 1
