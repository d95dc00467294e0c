-- code: 2887Q
-- severity: query
-- tables: Disabilities
-- fields: Disability
-- message: Please check and either amend or provide a reason: Less than 8 disability codes have
--   been used in your return
-- reading: counts the different codes of the Disability table other than NONE (a code not in it,
--   which 8540 reports, does not count); a return that records no disability at all is queried too
SELECT CAST(NULL AS VARCHAR), CAST(NULL AS INTEGER), CAST(count(DISTINCT d.disability) AS VARCHAR)
FROM v_child_disability d
WHERE d.disability IN ('MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON',
                       'AUT', 'DDA')
HAVING count(DISTINCT d.disability) < 8
