-- code: 446
-- severity: error
-- tables: Episodes
-- fields: LS,DECOM
-- message: E1 is not a valid code for episodes starting before December 2005.
-- reading: DECOM before 1 December 2005
SELECT e.child_id, e.row_no, e.legal_status, e.start_date
FROM v_cla_episode e
WHERE e.legal_status = 'E1' AND e.start_date < DATE '2005-12-01'
