package org.caseflow.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Member;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;

/**
 * Everything the scorecard and indicator pages show for one council and one period, computed once
 * and cached until the next import: the shared {@link PeriodScorecard} (figures without their
 * members; child lists are read on demand and audited) and the exception lists' sizes.
 *
 * @param la the council
 * @param period the period
 * @param scorecard the scorecard for the period, measured once
 * @param rows one per catalogue indicator, in catalogue order
 * @param exceptions how many units each exception list holds
 * @param millis how long it took to compute
 * @param rendered pages rendered from it, by page and audience
 */
record ScorecardView(
    String la,
    ReportingPeriod period,
    PeriodScorecard scorecard,
    List<Row> rows,
    Map<ExceptionList, Integer> exceptions,
    long millis,
    Map<String, String> rendered) {

  /** How many periods a trend shows, ending with the chosen one. */
  static final int TREND = PeriodScorecard.TREND;

  /**
   * One indicator.
   *
   * @param entry the indicator's scorecard entry
   */
  record Row(PeriodScorecard.Entry entry) {
    Indicator indicator() {
      return entry.indicator();
    }

    /** The scorecard line. */
    ScorecardLine line() {
      return entry.line();
    }

    /** The figures for the last {@link #TREND} periods of the same length, oldest first. */
    List<Figure> trend() {
      return entry.trend();
    }
  }

  java.util.Optional<Row> row(String id) {
    return rows.stream().filter(r -> r.indicator().id().equals(id)).findFirst();
  }

  static ScorecardView compute(
      Store store,
      Catalogue catalogue,
      Comparer comparer,
      Targets targets,
      Population population,
      String la,
      ReportingPeriod period)
      throws SQLException {
    long t0 = System.nanoTime();
    PeriodScorecard scorecard =
        PeriodScorecard.measure(store, population, comparer, targets, catalogue.all(), la, period);
    List<Row> rows = new ArrayList<>();
    for (PeriodScorecard.Entry e : scorecard.entries()) {
      rows.add(new Row(e));
    }
    long t1 = System.nanoTime();
    Measurer measurer = new Measurer(store, population);
    Map<ExceptionList, Integer> exceptions = new EnumMap<>(ExceptionList.class);
    for (ExceptionList e : ExceptionList.values()) {
      var i = catalogue.find(e.indicator());
      if (i.isPresent()) {
        List<Member> members = measurer.members(i.get(), la, period);
        exceptions.put(e, e.select(members, period).size());
      }
    }
    org.slf4j.LoggerFactory.getLogger(ScorecardView.class)
        .info(
            "scorecard {}: lines {} ms, exception lists {} ms",
            period.label(),
            (t1 - t0) / 1_000_000,
            (System.nanoTime() - t1) / 1_000_000);
    return new ScorecardView(
        la,
        period,
        scorecard,
        List.copyOf(rows),
        exceptions,
        (System.nanoTime() - t0) / 1_000_000,
        new ConcurrentHashMap<>());
  }
}
