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
 * Puts figures, benchmarks and targets together, following the comparability rule ({@link
 * Comparability}, docs/judgements.md). When the council has set no target for an indicator, the
 * default target is its statistical neighbours' mean for the latest published year, with a
 * tolerance of a tenth of that mean; not for a count, nor for events over less than a year, which a
 * year's figure does not measure against.
 */
public final class Scorecard {
  /** The default tolerance, as a share of the neighbour mean. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  private final Measurer measurer;
  private final Comparer comparer;
  private final Targets targets;
  private final java.util.Map<String, LoadedReturns> loadedReturns =
      new java.util.concurrent.ConcurrentHashMap<>();

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
    boolean workforce = i.stage() == org.caseflow.measure.Stage.WORKFORCE;
    Benchmark b = null;
    Double publishedOwn = null;
    if (!i.laitCode().equals("-")) {
      // DfE labels the workforce census by its 30 September: the census within 2024-25 is 2024.
      int wanted = CollectionYear.containing(period.end()).endYear() - (workforce ? 1 : 0);
      Integer year =
          comparer.published().latestYear(i.laitCode()).map(y -> Math.min(y, wanted)).orElse(null);
      if (year != null) {
        b = comparer.compare(i.laitCode(), la, year, i.polarity()).orElse(null);
      }
      if (period.kind() == ReportingPeriod.Kind.FINANCIAL_YEAR && b != null && b.year() == wanted) {
        publishedOwn = b.own().value();
      }
    }
    // The comparability rule (docs/judgements.md): a count, or a part year's events, is not
    // rated, ranked or banded against a published year.
    Comparability.Verdict verdict = Comparability.of(i, period);
    if (b != null && !verdict.comparable()) {
      b = b.withoutPosition();
    }
    String benchmarkYear = b == null ? null : Benchmark.yearLabel(b.year(), workforce);
    Target target = targets.of(i.id()).orElse(null);
    if (target == null
        && verdict.comparable()
        && b != null
        && b.neighbourMean() != null
        && i.polarity() != Polarity.NONE) {
      target =
          new Target(
              b.neighbourMean(),
              null,
              Math.abs(b.neighbourMean()) * DEFAULT_TOLERANCE,
              "statistical neighbour mean " + benchmarkYear + " (no local target set)");
    }
    Rag rag = Rag.of(now, target, i.polarity());
    List<Narrative.Fact> facts = new ArrayList<>();
    if (verdict.comparable() && b != null && b.neighbourMean() != null && now.value() != null) {
      Boolean before = null;
      if (lastYear.value() != null) {
        before = lastYear.value() > b.neighbourMean();
      }
      facts.add(
          new Narrative.VersusNeighbours(
              now.value(), b.neighbourMean(), i.unit(), before, benchmarkYear));
    }
    Direction vsPrevious = Direction.between(previous, now, i.polarity());
    if (vsPrevious != Direction.UNKNOWN && vsPrevious != Direction.TOO_FEW) {
      List<Figure> run = new ArrayList<>();
      ReportingPeriod p = period;
      List<ReportingPeriod> back = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        back.add(0, p);
        p = previous(p);
      }
      for (ReportingPeriod q : back) {
        run.add(q.equals(period) ? now : figures.of(q));
      }
      if (run.stream().noneMatch(f -> f.value() == null || Comparability.tooFew(f))) {
        facts.add(
            Narrative.runOf(run.stream().map(Figure::value).toList(), i.polarity(), word(period)));
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
        Direction.between(lastYear, now, i.polarity()),
        publishedOwn,
        facts,
        verdict,
        benchmarkYear,
        coverage(i, la, period));
  }

  /** Whether the returns loaded for the council cover the period (read once per council). */
  private Coverage coverage(Indicator i, String la, ReportingPeriod period) throws SQLException {
    LoadedReturns loaded = loadedReturns.get(la);
    if (loaded == null) {
      loaded = LoadedReturns.of(measurer.connection(), la);
      loadedReturns.put(la, loaded);
    }
    return loaded.coverage(i, period);
  }

  /**
   * Whether a period's value can be set against a published year's: the comparability rule's
   * verdict is {@link Comparability.Verdict#SAME_KIND} (not a count, not a part year's events).
   */
  public static boolean comparableWithAYear(Indicator i, ReportingPeriod period) {
    return Comparability.of(i, period).comparable();
  }

  /** The period of the same length just before. */
  public static ReportingPeriod previous(ReportingPeriod p) {
    int months = p.months();
    var start = p.start().minusMonths(months);
    var end = p.start().minusDays(1);
    return new ReportingPeriod(start, end, p.kind(), labelOf(start, end, p.kind()));
  }

  /** The same period a year earlier. */
  public static ReportingPeriod lastYear(ReportingPeriod p) {
    var start = p.start().minusYears(1);
    var end = p.end().minusYears(1).withDayOfMonth(1).plusMonths(1).minusDays(1);
    return new ReportingPeriod(start, end, p.kind(), labelOf(start, end, p.kind()));
  }

  /**
   * A period's own name, as {@link ReportingPeriod#parse} reads it: {@code 2024-25}, {@code
   * 2025-26-Q3}, {@code 2025-06} or {@code R12:2025-06}.
   */
  static String labelOf(
      java.time.LocalDate start, java.time.LocalDate end, ReportingPeriod.Kind k) {
    return switch (k) {
      case FINANCIAL_YEAR -> CollectionYear.containing(end).label();
      case QUARTER ->
          CollectionYear.containing(start).label()
              + "-Q"
              + ((start.getMonthValue() + 8) % 12 / 3 + 1);
      case MONTH -> java.time.YearMonth.from(start).toString();
      case ROLLING_12_MONTHS -> "R12:" + java.time.YearMonth.from(end);
    };
  }

  private static String word(ReportingPeriod p) {
    return switch (p.kind()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case FINANCIAL_YEAR, ROLLING_12_MONTHS -> "year";
    };
  }
}
