package org.caseflow.compare;

import java.util.List;
import org.caseflow.measure.Figure;

/**
 * Everything a report or dashboard shows for one indicator in one period.
 *
 * @param figure this period's figure
 * @param previous the previous period's figure (the period before, of the same length)
 * @param lastYear the same period a year earlier
 * @param benchmark the published comparison for the latest published year up to this period's year,
 *     or null when LAIT has no equivalent
 * @param target the local target, or the statistical-neighbour default, or null
 * @param rag the status against the target
 * @param vsPrevious direction of travel against the previous period
 * @param vsLastYear direction of travel against the same period last year
 * @param publishedOwn for a financial year, the council's own published value for that year (for
 *     reconciliation), or null
 * @param facts narrative facts
 */
public record ScorecardLine(
    Figure figure,
    Figure previous,
    Figure lastYear,
    Benchmark benchmark,
    Target target,
    Rag rag,
    Direction vsPrevious,
    Direction vsLastYear,
    Double publishedOwn,
    List<Narrative.Fact> facts) {

  /** The council's value (computed) minus England's published value, or null. */
  public Double distanceToEngland() {
    return figure.value() == null || benchmark == null || benchmark.england() == null
        ? null
        : figure.value() - benchmark.england();
  }

  /** The council's value (computed) minus its neighbours' mean, or null. */
  public Double distanceToNeighbours() {
    return figure.value() == null || benchmark == null || benchmark.neighbourMean() == null
        ? null
        : figure.value() - benchmark.neighbourMean();
  }

  /** The council's value (computed) minus its region's published value, or null. */
  public Double distanceToRegion() {
    return figure.value() == null || benchmark == null || benchmark.region() == null
        ? null
        : figure.value() - benchmark.region();
  }

  /** Computed minus published, for a financial year where both exist. */
  public Double reconciliationDifference() {
    return figure.value() == null || publishedOwn == null ? null : figure.value() - publishedOwn;
  }
}
