package org.caseflow.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Scorecard;
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
 * and cached until the next import. Figures are kept without their members (child lists are read on
 * demand and audited).
 *
 * @param la the council
 * @param period the period
 * @param rows one per catalogue indicator, in catalogue order
 * @param exceptions how many units each exception list holds
 * @param millis how long it took to compute
 * @param rendered pages rendered from it, by page and audience
 */
record ScorecardView(
    String la,
    ReportingPeriod period,
    List<Row> rows,
    Map<ExceptionList, Integer> exceptions,
    long millis,
    Map<String, String> rendered) {

  /** How many periods a trend shows, ending with the chosen one. */
  static final int TREND = 5;

  /**
   * One indicator.
   *
   * @param line the scorecard line (figures without members)
   * @param trend the figures for the last {@link #TREND} periods of the same length, oldest first
   */
  record Row(ScorecardLine line, List<Figure> trend) {
    Indicator indicator() {
      return line.figure().indicator();
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
    List<ReportingPeriod> periods = new ArrayList<>();
    ReportingPeriod p = period;
    for (int k = 0; k < TREND; k++) {
      periods.add(0, p);
      p = Scorecard.previous(p);
    }
    List<Indicator> all = catalogue.all();
    // One query per indicator for every period a line needs: the trend (which holds the period
    // and the three before it) and the same period a year earlier.
    List<ReportingPeriod> needed = new ArrayList<>(periods);
    needed.add(Scorecard.lastYear(period));
    List<List<Figure>> measured = Measurer.measureAll(store, population, all, la, needed);
    long t1 = System.nanoTime();
    Measurer measurer = new Measurer(store, population);
    Scorecard scorecard = new Scorecard(measurer, comparer, targets);
    List<Row> rows = new ArrayList<>();
    List<List<Figure>> trends = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Indicator indicator = all.get(k);
      List<Figure> figures = measured.get(k);
      trends.add(figures.subList(0, periods.size()));
      ScorecardLine l =
          scorecard.line(
              indicator,
              la,
              period,
              q -> {
                for (int j = 0; j < needed.size(); j++) {
                  if (same(needed.get(j), q)) {
                    return figures.get(j);
                  }
                }
                return measurer.measure(indicator, la, q);
              });
      ScorecardLine bare = l.withFigures(bare(l.figure()), bare(l.previous()), bare(l.lastYear()));
      rows.add(new Row(bare, trends.get(k).stream().map(ScorecardView::bare).toList()));
    }
    long t2 = System.nanoTime();
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
            "scorecard {}: trends {} ms, lines {} ms, exception lists {} ms",
            period.label(),
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (System.nanoTime() - t2) / 1_000_000);
    return new ScorecardView(
        la,
        period,
        List.copyOf(rows),
        exceptions,
        (System.nanoTime() - t0) / 1_000_000,
        new ConcurrentHashMap<>());
  }

  private static boolean same(ReportingPeriod a, ReportingPeriod b) {
    return a.start().equals(b.start()) && a.end().equals(b.end()) && a.kind() == b.kind();
  }

  private static Figure bare(Figure f) {
    return new Figure(
        f.indicator(),
        f.la(),
        f.period(),
        f.value(),
        f.numerator(),
        f.denominator(),
        List.of(),
        f.breakdown(),
        f.note());
  }
}
