package org.caseflow.compare;

import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.PeriodType;
import org.caseflow.measure.Unit;

/**
 * What may be compared with what: the one rule the scorecard, the report, the dashboard and {@code
 * compare} follow (docs/judgements.md). A figure is RAG-rated against another council's figure, and
 * ranked and banded among all councils, only when it is the same kind of figure over the same span
 * as the published one: a snapshot against a snapshot, a year's events against a year's. caseflow
 * does not annualise: a figure counted over part of a year (events, or a cohort's events in the
 * period) is compared with no published year at all. A count is shown beside the published counts
 * but never rated or ranked against them; it is rated only against a target the council's own
 * targets file sets.
 */
public final class Comparability {
  /**
   * The smallest denominator (children, cases, workers or other members counted below the line) a
   * percentage, mean or median is rated or given a direction of travel on: below it the figure is
   * shown and said to be "too few to rate".
   */
  public static final int MIN_DENOMINATOR = 10;

  private Comparability() {}

  /** How a figure of an indicator for a period stands against DfE's published years. */
  public enum Verdict {
    /** The same kind of figure over the same span: rated, ranked and banded. */
    SAME_KIND(null),
    /** A count: shown for context, never rated, ranked or banded against other councils' counts. */
    COUNT(
        "a count: shown beside published counts for context, never rated or ranked against"
            + " them"),
    /**
     * Counted over less than a year against a year's: not compared (caseflow does not annualise).
     */
    PART_YEAR(
        "counted over part of a year: not compared with a published year's figure (not"
            + " annualised)");

    private final String why;

    Verdict(String why) {
      this.why = why;
    }

    /** Why the figure is not compared, in words; null when it is. */
    public String why() {
      return why;
    }

    /** Whether a RAG against the neighbours, a rank and a band may be given. */
    public boolean comparable() {
      return this == SAME_KIND;
    }
  }

  /** The verdict for an indicator's figure over a period. */
  public static Verdict of(Indicator i, ReportingPeriod period) {
    if (i.unit() == Unit.COUNT) {
      return Verdict.COUNT;
    }
    return isPartYear(i, period) ? Verdict.PART_YEAR : Verdict.SAME_KIND;
  }

  /**
   * Whether the figure is counted over less than a year: anything but a state on one day (a
   * snapshot, or the state at 31 March). Events in the period, re-referrals judged against the
   * history before it, and cohorts whose events are counted in the period (3 or more placements in
   * the period) all depend on the span, so a year's figure does not measure against them.
   */
  public static boolean isPartYear(Indicator i, ReportingPeriod period) {
    return period.months() < 12
        && i.periodType() != PeriodType.SNAPSHOT
        && i.periodType() != PeriodType.YEAR_END;
  }

  /**
   * Whether a figure's denominator is too small to rate: a percentage, mean or median whose
   * denominator is under {@link #MIN_DENOMINATOR}. A figure with no value is not "too few", it has
   * nothing to rate.
   */
  public static boolean tooFew(Figure f) {
    if (f == null || f.value() == null || f.denominator() == null) {
      return false;
    }
    Unit u = f.indicator().unit();
    return (u == Unit.PERCENT || u == Unit.MEAN || u == Unit.MEDIAN)
        && f.denominator() < MIN_DENOMINATOR;
  }
}
