-- code: 103
-- severity: error
-- tables: Header
-- fields: ETHNIC
-- message: The ethnicity code is either not valid or has not been entered.
SELECT c.child_id, c.row_no, c.ethnicity
FROM v_child c
WHERE c.ethnicity IS NULL
   OR c.ethnicity NOT IN (
     'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN',
     'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')
