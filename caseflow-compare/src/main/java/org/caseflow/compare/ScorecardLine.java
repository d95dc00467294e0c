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
 * @param comparison whether the figure may be rated and ranked against the published year (see
 *     {@link Comparability}); when not, the benchmark has no rank or band and the distances are
 *     null
 * @param benchmarkYear the benchmark's year in words ({@code 2024-25}, or {@code 30 September 2024}
 *     for the workforce census), said beside every benchmark figure; null without one
 * @param coverage whether the loaded returns cover the whole period
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
    List<Narrative.Fact> facts,
    Comparability.Verdict comparison,
    String benchmarkYear,
    Coverage coverage) {

  /**
   * The warning to show beside the figure when the loaded returns do not cover its whole period and
   * it has a value nonetheless (from history in other years' returns, or from part of the period);
   * null otherwise (a figure with no value already says why).
   */
  public String coverageWarning() {
    return coverage == null || coverage.isWhole() || !figure.hasValue() ? null : coverage.warning();
  }

  /** Whether the figure is set against the benchmark (distances, rank, band). */
  private boolean compared() {
    return comparison == Comparability.Verdict.SAME_KIND;
  }

  /**
   * The council's value (computed) minus England's published value, or null (also when the figure
   * is not comparable).
   */
  public Double distanceToEngland() {
    return !compared() || figure.value() == null || benchmark == null || benchmark.england() == null
        ? null
        : figure.value() - benchmark.england();
  }

  /** The council's value (computed) minus its neighbours' mean, or null. */
  public Double distanceToNeighbours() {
    return !compared()
            || figure.value() == null
            || benchmark == null
            || benchmark.neighbourMean() == null
        ? null
        : figure.value() - benchmark.neighbourMean();
  }

  /** The council's value (computed) minus its region's published value, or null. */
  public Double distanceToRegion() {
    return !compared() || figure.value() == null || benchmark == null || benchmark.region() == null
        ? null
        : figure.value() - benchmark.region();
  }

  /** Computed minus published, for a financial year where both exist. */
  public Double reconciliationDifference() {
    return figure.value() == null || publishedOwn == null ? null : figure.value() - publishedOwn;
  }
}
