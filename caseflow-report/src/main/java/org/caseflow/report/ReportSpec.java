package org.caseflow.report;

import java.util.List;
import java.util.Objects;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Population;

/**
 * What a report is for.
 *
 * @param la the council's 3-digit code
 * @param period the period reported on
 * @param audience who it is for
 * @param publicVersion whether to give aggregates only with counts from 1 to 5 suppressed (always
 *     for Cabinet and scrutiny)
 * @param targets the council's local targets
 * @param comparer the published benchmarks
 * @param population the population estimates for rates
 * @param extensions further sections (workforce, finance), each empty when its data is not loaded
 * @param paper the cover sheet's details, as the council gave them
 */
public record ReportSpec(
    String la,
    ReportingPeriod period,
    Audience audience,
    boolean publicVersion,
    Targets targets,
    Comparer comparer,
    Population population,
    List<ReportExtension> extensions,
    Paper paper) {
  public ReportSpec {
    Objects.requireNonNull(la, "la");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(audience, "audience");
    publicVersion = publicVersion || audience.alwaysPublic();
    extensions = List.copyOf(extensions);
  }

  /** A report whose cover sheet has every detail "To be confirmed". */
  public ReportSpec(
      String la,
      ReportingPeriod period,
      Audience audience,
      boolean publicVersion,
      Targets targets,
      Comparer comparer,
      Population population,
      List<ReportExtension> extensions) {
    this(
        la,
        period,
        audience,
        publicVersion,
        targets,
        comparer,
        population,
        extensions,
        Paper.blank());
  }

  /** The same report with the cover sheet given. */
  public ReportSpec withPaper(Paper p) {
    return new ReportSpec(
        la, period, audience, publicVersion, targets, comparer, population, extensions, p);
  }

  /** A report with the bundled benchmarks and population, no local targets and no extensions. */
  public static ReportSpec of(String la, ReportingPeriod period, Audience audience, boolean pub) {
    return new ReportSpec(
        la,
        period,
        audience,
        pub,
        Targets.none(),
        Comparer.bundled(),
        Population.bundled(),
        List.of());
  }
}
