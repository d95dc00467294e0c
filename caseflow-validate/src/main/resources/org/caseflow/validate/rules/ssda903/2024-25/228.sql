-- code: 228
-- severity: error
-- tables: Episodes,Provider Info
-- fields: URN,DEC
-- message: Ofsted Unique reference number (URN) is not valid for the episode end date
-- reading: an episode may not end after the date the provider's registration ended, nor be still
--   open at the reference date when it ended before then
SELECT e.child_id, e.row_no, e.urn, e.end_date
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE e.urn IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM v_ofsted_provider p
    WHERE p.urn = upper(replace(e.urn, ' ', ''))
      AND p.closure_date IS NOT NULL
      AND coalesce(e.end_date, r.reference_date) > p.closure_date)
