  -- Each child's date of birth, from whichever return gives one (the earliest when they differ).
  SELECT h.child_id, min(h.birth_date) AS birth_date
  FROM child h
  WHERE h.la = :la AND h.is_current AND h.birth_date IS NOT NULL
  GROUP BY h.child_id
