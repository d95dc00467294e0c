-- The council's children as the SSDA903 describes them (date of birth).
child903 AS MATERIALIZED (
  SELECT h.la, h.is_current, h.child_id, h.birth_date FROM child h
  WHERE h.la = :la AND h.is_current AND h.source = 'SSDA903'
)
