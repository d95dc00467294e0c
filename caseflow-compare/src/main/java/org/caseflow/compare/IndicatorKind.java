package org.caseflow.compare;

import java.util.Locale;
import java.util.regex.Pattern;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Stage;
import org.caseflow.measure.Unit;

/**
 * What sort of indicator it is, as the presentation needs to know: whether its figure carries a
 * breakdown by category, and what its weighted sums add up (cases, FTE, pounds). The one place the
 * report, the dashboard and the command line ask; {@link #of} reads it from the indicator, today
 * from its member query's columns, later from the indicator file's declared header keys ({@code
 * breakdown:}, {@code weight:}).
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
    POUNDS
  }

  private static final Pattern CATEGORY = Pattern.compile("\\bcategory\\b");
  private static final Pattern WEIGHT = Pattern.compile("\\bweight\\b");

  /** The indicator's kind. */
  public static IndicatorKind of(Indicator i) {
    boolean breakdown = CATEGORY.matcher(i.sql()).find();
    Weight weight = Weight.NONE;
    if (WEIGHT.matcher(i.sql()).find()) {
      String sql = i.sql().toLowerCase(Locale.ROOT);
      weight =
          i.stage() == Stage.FINANCE
              ? Weight.POUNDS
              : sql.contains("open_cases") ? Weight.CASES : Weight.FTE;
    }
    return new IndicatorKind(breakdown, weight);
  }

  /**
   * Whether the indicator is only a breakdown: a count of members by category with no better
   * direction, whose value is its table's total. Any other indicator with a breakdown (a ratio, a
   * percentage, a weighted sum, a count with a direction) has a value, target and status of its
   * own, shown with its breakdown beneath.
   */
  public static boolean onlyBreakdown(Indicator i) {
    IndicatorKind k = of(i);
    return k.breakdown()
        && k.weight() == Weight.NONE
        && i.unit() == Unit.COUNT
        && i.polarity() == Polarity.NONE;
  }

  /** Whether the indicator's value is an amount of money (shown as pounds). */
  public static boolean money(Indicator i) {
    return of(i).weight() == Weight.POUNDS && i.unit() != Unit.PERCENT;
  }
}
