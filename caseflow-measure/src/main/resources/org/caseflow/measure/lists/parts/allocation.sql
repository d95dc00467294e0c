  -- Each child's team and worker: from the Annex A lists of the collection year containing the
  -- reference date (looked after first, then child protection, in need, care leavers,
  -- assessments, Section 47 enquiries, referrals; the latest start within a list), the team
  -- filled from the caseload extract (the worker's latest month on or before the date) when
  -- Annex A names a worker but no team.
  SELECT x.child_id, coalesce(nullif(trim(x.team), ''), w.team) AS team,
    nullif(trim(x.worker), '') AS worker
  FROM (
    SELECT l.child_id, l.team, l.worker,
      row_number() OVER (PARTITION BY l.child_id ORDER BY l.rank, l.since DESC) AS n
    FROM (
      SELECT child_id, allocated_team AS team, allocated_worker AS worker, 1 AS rank,
        start_date AS since
      FROM aa_child_in_care WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 2, start_date
      FROM aa_child_protection WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 3, start_date
      FROM aa_child_in_need WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 4, NULL
      FROM aa_care_leaver WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 5, start_date
      FROM aa_assessment WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 6, start_date
      FROM aa_section47 WHERE la = :la AND is_current AND collection_year = :year
      UNION ALL
      SELECT child_id, allocated_team, allocated_worker, 7, referral_date
      FROM aa_referral WHERE la = :la AND is_current AND collection_year = :year
    ) l
  ) x
  LEFT JOIN (
    SELECT c.worker_id, c.team,
      row_number() OVER (PARTITION BY c.worker_id ORDER BY c.month DESC) AS n
    FROM caseload c
    WHERE c.la = :la AND c.is_current AND c.month <= :ref
  ) w ON w.worker_id = x.worker AND w.n = 1
  WHERE x.n = 1
