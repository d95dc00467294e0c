-- code: 365
-- severity: error
-- tables: Episodes
-- fields: LS,DECOM,DEC
-- message: Any individual short- term respite placement must not exceed 17 days.
-- reading: a short break (V3) episode ending more than 17 days after it started (31 March when
--   open)
SELECT e.child_id, e.row_no, e.legal_status, e.start_date, e.end_date
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.legal_status = 'V3'
  AND CAST(e.start_date + INTERVAL '17 days' AS DATE) < coalesce(e.end_date, r.reference_date)
