-- code: 4220
-- severity: error
-- tables: ChildCharacteristics
-- fields: Ethnicity
-- message: Ethnicity is missing or invalid (see Ethnicity table)
SELECT c.child_id, c.row_no, c.ethnicity
FROM v_child c
WHERE c.ethnicity IS NULL
   OR c.ethnicity NOT IN ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH',
                          'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH',
                          'REFU', 'NOBT')
