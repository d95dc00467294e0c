package org.caseflow.compare;

import org.caseflow.measure.Indicator;
import org.caseflow.measure.Unit;

/**
 * What sort of indicator it is, as the presentation needs to know: whether its figure carries a
 * breakdown by category, and what its weighted sums add up (cases, FTE, pounds). The one place the
 * report, the dashboard and the command line ask; {@link #of} reads the indicator file's declared
 * header keys ({@code kind:}, {@code breakdown:}, {@code weight:}), never its SQL.
 *
 * @param breakdown whether the member query gives a category (the figure has a breakdown)
 * @param weight what the member query's weights are, or {@link Weight#NONE} when members are
 *     counted
 */
public record IndicatorKind(boolean breakdown, Weight weight) {
  /** What an indicator's weights add up. */
  public enum Weight {
    /** No weights: the numerator and denominator count members. */
    NONE,
    /** Cases held. */
    CASES,
    /** Full-time equivalents. */
    FTE,
    /** Pounds. */
    POUNDS,
    /** Another declared quantity (working days, weeks, child-weeks...). */
    OTHER
  }

  /** The indicator's kind, from what its file declares ({@code kind:}, {@code weight:}). */
  public static IndicatorKind of(Indicator i) {
    Weight weight =
        switch (i.weight().numerator()) {
          case "cases" -> Weight.CASES;
          case "fte" -> Weight.FTE;
          case "pounds" -> Weight.POUNDS;
          default -> i.weight().isWeighted() ? Weight.OTHER : Weight.NONE;
        };
    return new IndicatorKind(i.kind().hasBreakdown(), weight);
  }

  /**
   * Whether the indicator is only a breakdown: a count of members by category with no better
   * direction, whose value is its table's total. Any other indicator with a breakdown (a ratio, a
   * percentage, a weighted sum, a count with a direction) has a value, target and status of its
   * own, shown with its breakdown beneath.
   */
  public static boolean onlyBreakdown(Indicator i) {
    return i.kind() == org.caseflow.measure.Kind.BREAKDOWN;
  }

  /** Whether the indicator's value is an amount of money (shown as pounds). */
  public static boolean money(Indicator i) {
    return of(i).weight() == Weight.POUNDS && i.unit() != Unit.PERCENT;
  }
}
