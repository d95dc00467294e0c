package org.caseflow.compare;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Polarity;

/**
 * Puts figures, benchmarks and targets together. When the council has set no target for an
 * indicator, the default target is its statistical neighbours' mean for the latest published year,
 * with a tolerance of a tenth of that mean; not for a count or rate of events over less than a
 * year, which a year's figure does not measure against.
 */
public final class Scorecard {
  /** The default tolerance, as a share of the neighbour mean. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  private final Measurer measurer;
  private final Comparer comparer;
  private final Targets targets;

  public Scorecard(Measurer measurer, Comparer comparer, Targets targets) {
    this.measurer = measurer;
    this.comparer = comparer;
    this.targets = targets;
  }

  /** One line per indicator, in the order given. */
  public List<ScorecardLine> lines(List<Indicator> indicators, String la, ReportingPeriod period)
      throws SQLException {
    List<ScorecardLine> out = new ArrayList<>();
    for (Indicator i : indicators) {
      out.add(line(i, la, period));
    }
    return out;
  }

  /** The line for one indicator. */
  public ScorecardLine line(Indicator i, String la, ReportingPeriod period) throws SQLException {
    return line(i, la, period, q -> measurer.measure(i, la, q));
  }

  /**
   * The periods a line for {@code period} reads figures for: the period, the one before, the same
   * period a year earlier, and the periods before those back to four in a row (for runs).
   */
  public static List<ReportingPeriod> periodsFor(ReportingPeriod period) {
    List<ReportingPeriod> out = new ArrayList<>();
    out.add(period);
    out.add(previous(period));
    out.add(lastYear(period));
    ReportingPeriod p = previous(period);
    for (int k = 0; k < 2; k++) {
      p = previous(p);
      out.add(p);
    }
    return out;
  }

  /**
   * The line for one indicator, reading figures already measured (by {@link Measurer#measureAll}
   * for {@link #periodsFor}); {@link PeriodScorecard} does this for a whole catalogue.
   *
   * @param measured figures of this indicator by period (keyed by start, end and kind)
   * @throws IllegalStateException when a period the line reads is missing from {@code measured}: a
   *     programming error, never measured again unseen
   */
  public ScorecardLine line(
      Indicator i,
      String la,
      ReportingPeriod period,
      java.util.Map<ReportingPeriod, Figure> measured)
      throws SQLException {
    return line(
        i,
        la,
        period,
        q -> {
          Figure f = measured.get(q);
          if (f == null) {
            throw PeriodScorecard.notMeasured(i, q);
          }
          return f;
        });
  }

  /** The indicator's figure for a period: measured, or looked up among figures measured before. */
  public interface Figures {
    Figure of(ReportingPeriod period) throws SQLException;
  }

  /**
   * The line for one indicator from figures the caller may have measured already (for instance with
   * one query for all the periods a line needs: the period, the three before it and the same period
   * a year earlier). The same line as {@link #line(Indicator, String, ReportingPeriod)} when the
   * figures are the same.
   */
  public ScorecardLine line(Indicator i, String la, ReportingPeriod period, Figures figures)
      throws SQLException {
    Figure now = figures.of(period);
    Figure previous = figures.of(previous(period));
    Figure lastYear = figures.of(lastYear(period));
    Benchmark b = null;
    Double publishedOwn = null;
    if (!i.laitCode().equals("-")) {
      // DfE labels the workforce census by its 30 September: the census within 2024-25 is 2024.
      int wanted =
          CollectionYear.containing(period.end()).endYear()
              - (i.stage() == org.caseflow.measure.Stage.WORKFORCE ? 1 : 0);
      Integer year =
          comparer.published().latestYear(i.laitCode()).map(y -> Math.min(y, wanted)).orElse(null);
      if (year != null) {
        b = comparer.compare(i.laitCode(), la, year, i.polarity()).orElse(null);
      }
      if (period.kind() == ReportingPeriod.Kind.FINANCIAL_YEAR && b != null && b.year() == wanted) {
        publishedOwn = b.own().value();
      }
    }
    Target target = targets.of(i.id()).orElse(null);
    boolean yearLike = comparableWithAYear(i, period);
    if (target == null
        && yearLike
        && b != null
        && b.neighbourMean() != null
        && i.polarity() != Polarity.NONE) {
      target =
          new Target(
              b.neighbourMean(),
              null,
              Math.abs(b.neighbourMean()) * DEFAULT_TOLERANCE,
              "statistical neighbour mean " + b.year() + " (no local target set)");
    }
    Rag rag = Rag.judge(now.value(), target, i.polarity());
    List<Narrative.Fact> facts = new ArrayList<>();
    if (yearLike && b != null && b.neighbourMean() != null && now.value() != null) {
      Boolean before = null;
      if (lastYear.value() != null) {
        before = lastYear.value() > b.neighbourMean();
      }
      facts.add(new Narrative.VersusNeighbours(now.value(), b.neighbourMean(), i.unit(), before));
    }
    Direction vsPrevious = Direction.of(previous.value(), now.value(), i.polarity());
    if (vsPrevious != Direction.UNKNOWN) {
      List<Double> values = new ArrayList<>();
      ReportingPeriod p = period;
      List<ReportingPeriod> back = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        back.add(0, p);
        p = previous(p);
      }
      for (ReportingPeriod q : back) {
        values.add(q.equals(period) ? now.value() : figures.of(q).value());
      }
      if (values.stream().noneMatch(java.util.Objects::isNull)) {
        facts.add(Narrative.runOf(values, i.polarity(), word(period)));
      }
    }
    if (target != null && rag != Rag.NONE) {
      facts.add(new Narrative.VersusTarget(rag, target, i.unit()));
    }
    return new ScorecardLine(
        now,
        previous,
        lastYear,
        b,
        target,
        rag,
        vsPrevious,
        Direction.of(lastYear.value(), now.value(), i.polarity()),
        publishedOwn,
        facts);
  }

  /**
   * Whether a period's value can be set against a published year's (the neighbour default target,
   * the narrative against neighbours): always for a year or longer; for a shorter period, not for
   * counts or rates of events, since a quarter holds a quarter's events.
   */
  public static boolean comparableWithAYear(Indicator i, ReportingPeriod period) {
    return period.months() >= 12
        || !(i.unit() == org.caseflow.measure.Unit.COUNT
            || i.unit() == org.caseflow.measure.Unit.RATE_PER_10K)
        || i.periodType() == org.caseflow.measure.PeriodType.SNAPSHOT
        || i.periodType() == org.caseflow.measure.PeriodType.COHORT;
  }

  /** The period of the same length just before. */
  public static ReportingPeriod previous(ReportingPeriod p) {
    int months = p.months();
    var start = p.start().minusMonths(months);
    var end = p.start().minusDays(1);
    return new ReportingPeriod(start, end, p.kind(), "previous " + word(p));
  }

  /** The same period a year earlier. */
  public static ReportingPeriod lastYear(ReportingPeriod p) {
    return new ReportingPeriod(
        p.start().minusYears(1),
        p.end().minusYears(1).withDayOfMonth(1).plusMonths(1).minusDays(1),
        p.kind(),
        p.label() + " a year earlier");
  }

  private static String word(ReportingPeriod p) {
    return switch (p.kind()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case FINANCIAL_YEAR, ROLLING_12_MONTHS -> "year";
    };
  }
}
