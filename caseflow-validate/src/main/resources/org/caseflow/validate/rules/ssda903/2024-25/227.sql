-- code: 227
-- severity: error
-- tables: Episodes,Provider Info
-- fields: URN,DECOM
-- message: Ofsted Unique reference number (URN) is not valid for the episode start date.
-- reading: an episode may not start on or after the date the provider's registration ended
SELECT e.child_id, e.row_no, e.urn, e.start_date
FROM v_cla_episode e
WHERE e.urn IS NOT NULL
  AND e.start_date IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM v_ofsted_provider p
    WHERE p.urn = upper(replace(e.urn, ' ', ''))
      AND p.closure_date IS NOT NULL
      AND e.start_date >= p.closure_date)
