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
    String note) {

  /** Whether the figure has a value. */
  public boolean hasValue() {
    return value != null;
  }
}
