-- code: 147
-- severity: error
-- tables: Episodes
-- fields: DEC
-- message: Date episode ceased is not a valid date.
-- reading: a blank DEC is an open episode, not an invalid date
SELECT e.child_id, e.row_no, e.end_date
FROM v_cla_episode e
WHERE position(';DEC;' IN coalesce(e.unreadable, '')) > 0
