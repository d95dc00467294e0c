-- id: AD11
-- name: Decisions to place for adoption reversed, by reason
-- stage: OUTPUTS
-- definition: Decisions that a child should be placed for adoption that were reversed in the
--   period (SSDA903 PlacedAdoption DATE_PLACED_CEASED in the period), by the reason: the
--   child's needs changed (RD1); the court did not make a placement order (RD2); prospective
--   adopters could not be found (RD3); any other reason (RD4); not recorded.
-- numerator: decisions reversed in the period, by reason
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903
-- requires: placed_for_adoption
-- subject: decisions
-- breakdown: reason the decision was reversed
SELECT DISTINCT d.child_id, d.decision_ceased_date AS event_date, 1 AS in_numerator,
  1 AS in_denominator,
  CASE d.reason_ceased
    WHEN 'RD1' THEN 'RD1 Child''s needs changed'
    WHEN 'RD2' THEN 'RD2 Court did not make a placement order'
    WHEN 'RD3' THEN 'RD3 Prospective adopters could not be found'
    WHEN 'RD4' THEN 'RD4 Any other reason'
    ELSE 'Not recorded'
  END AS category
FROM placed_for_adoption d
WHERE d.la = :la AND d.is_current AND d.decision_ceased_date BETWEEN :start AND :end
