-- code: 702
-- severity: error
-- tables: DoLo
-- fields: DOLO_START,DOLO_END
-- message: The date that the DoLO ended is before the date that it started.
-- reading: strictly before, as the message says: an order ending the day it started is not flagged
SELECT d.child_id, d.row_no, d.start_date, d.end_date
FROM v_deprivation_of_liberty d
WHERE d.end_date < d.start_date
