package org.caseflow.measure;

import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.ReportingPeriod;

/**
 * An indicator's value for one council and one period, with everything behind it.
 *
 * @param indicator the definition
 * @param la the council
 * @param period the period
 * @param value the value, or null when it cannot be computed (see {@code note})
 * @param numerator the count (or sum) above the line
 * @param denominator the count below the line (population for rates), or null
 * @param members the units behind the numerator and denominator
 * @param breakdown for breakdown indicators, the numerator per category (in category order)
 * @param note why there is no value, or a caveat, or null
 * @param breakdownTotal for breakdown indicators, the number of members the breakdown divides (its
 *     categories plus those with none recorded): the total of its table, in the indicator's subject
 *     (workers for live caseload per worker, whose numerator counts cases); else null
 */
public record Figure(
    Indicator indicator,
    String la,
    ReportingPeriod period,
    Double value,
    Double numerator,
    Double denominator,
    List<Member> members,
    Map<String, Long> breakdown,
    String note,
    Long breakdownTotal) {

  /**
   * A figure whose breakdown (if any) divides its numerator: the table's total is the numerator.
   */
  public Figure(
      Indicator indicator,
      String la,
      ReportingPeriod period,
      Double value,
      Double numerator,
      Double denominator,
      List<Member> members,
      Map<String, Long> breakdown,
      String note) {
    this(
        indicator,
        la,
        period,
        value,
        numerator,
        denominator,
        members,
        breakdown,
        note,
        indicator.hasBreakdown() && numerator != null ? Math.round(numerator) : null);
  }

  /**
   * The members the breakdown divides, in the indicator's subject: its table's total (the
   * categories plus those with none recorded). Zero when there is no breakdown.
   */
  public long breakdownBase() {
    return breakdownTotal == null ? 0 : breakdownTotal;
  }

  /** Whether the figure has a value. */
  public boolean hasValue() {
    return value != null;
  }
}
