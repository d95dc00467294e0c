package org.caseflow.web;

import java.sql.SQLException;
import java.util.ArrayList;
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
 * @param millis how long it took to compute
 * @param derived what pages work out from it once (e.g. the exception lists' counts), by name
 */
public record ScorecardView(
    String la, ReportingPeriod period, List<Row> rows, long millis, Map<String, Object> derived) {

  /** How many periods a trend shows, ending with the chosen one. */
  public static final int TREND = 5;

  /**
   * One indicator.
   *
   * @param line the scorecard line (figures without members)
   * @param trend the figures for the last {@link #TREND} periods of the same length, oldest first
   */
  public record Row(ScorecardLine line, List<Figure> trend) {
    public Indicator indicator() {
      return line.figure().indicator();
    }
  }

  public java.util.Optional<Row> row(String id) {
    return rows.stream().filter(r -> r.indicator().id().equals(id)).findFirst();
  }

  public static ScorecardView compute(
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
      ScorecardLine bare =
          new ScorecardLine(
              bare(l.figure()),
              bare(l.previous()),
              bare(l.lastYear()),
              l.benchmark(),
              l.target(),
              l.rag(),
              l.vsPrevious(),
              l.vsLastYear(),
              l.publishedOwn(),
              l.facts());
      rows.add(new Row(bare, trends.get(k).stream().map(ScorecardView::bare).toList()));
    }
    long t2 = System.nanoTime();
    org.slf4j.LoggerFactory.getLogger(ScorecardView.class)
        .info(
            "scorecard {}: trends {} ms, lines {} ms",
            period.label(),
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000);
    return new ScorecardView(
        la, period, List.copyOf(rows), (t2 - t0) / 1_000_000, new ConcurrentHashMap<>());
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
