package org.caseflow.web.children;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Member;

/**
 * The lists a clinic works through, each drawn from a catalogue indicator's members: the children
 * behind the part of the figure that needs action.
 */
enum ExceptionList {
  /** PR09's conferences not within 15 working days of the Section 47 start. */
  OVERDUE_ICPCS(
      "overdue-icpcs",
      "ICPCs held more than 15 working days after the Section 47 enquiry started",
      "PR09",
      (m, p) -> m.inDenominator() && !m.inNumerator()),
  /** PR04's numerator. */
  OPEN_ASSESSMENTS(
      "open-assessments",
      "Assessments open at the period end for more than 45 working days",
      "PR04",
      (m, p) -> m.inNumerator()),
  /** OC07's plans that started 18 months or more before the period end. */
  CP_PLANS_18_MONTHS(
      "cp-plans-18-months",
      "Child protection plans open at the period end that started 18 months or more before it",
      "OC07",
      (m, p) -> m.eventDate() != null && !m.eventDate().isAfter(p.end().minusMonths(18))),
  /** LA18's cohort without an up-to-date health assessment. */
  CLA_HEALTH_ASSESSMENTS(
      "cla-health-assessments",
      "Children looked after 12 months or more without an up-to-date health assessment",
      "LA18",
      (m, p) -> m.inDenominator() && !m.inNumerator());

  private final String slug;
  private final String title;
  private final String indicator;
  private final BiPredicate<Member, ReportingPeriod> keep;

  ExceptionList(
      String slug, String title, String indicator, BiPredicate<Member, ReportingPeriod> keep) {
    this.slug = slug;
    this.title = title;
    this.indicator = indicator;
    this.keep = keep;
  }

  String slug() {
    return slug;
  }

  String title() {
    return title;
  }

  /** The catalogue indicator whose members the list is drawn from. */
  String indicator() {
    return indicator;
  }

  /** The members on the list. */
  List<Member> select(List<Member> members, ReportingPeriod period) {
    return members.stream().filter(m -> keep.test(m, period)).toList();
  }

  static Optional<ExceptionList> bySlug(String slug) {
    for (ExceptionList e : values()) {
      if (e.slug.equals(slug)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
