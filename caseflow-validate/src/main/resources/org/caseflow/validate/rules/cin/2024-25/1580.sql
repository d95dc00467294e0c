-- code: 1580
-- severity: error
-- tables: ChildIdentifiers
-- fields: LAchildID
-- message: LA Child ID must not contain any non-alphanumeric characters
-- reading: only the letters A-Z and a-z and the digits 0-9 (a space or a hyphen is flagged)
SELECT c.child_id, c.row_no, c.child_id
FROM v_child c
WHERE length(translate(c.child_id,
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '')) > 0
