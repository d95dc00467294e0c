package org.caseflow.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;

/**
 * The scorecard for one council and period ({@link PeriodScorecard}, the one the report and the
 * command line use too), cached by the dashboard until the next import, with what pages work out
 * from it once.
 *
 * @param scorecard the scorecard
 * @param millis how long it took to measure
 * @param derived what pages work out from it once (their rows, the exception lists' counts), by
 *     name
 */
public record ScorecardView(PeriodScorecard scorecard, long millis, Map<String, Object> derived) {

  /** The council. */
  public String la() {
    return scorecard.la();
  }

  /** The period. */
  public ReportingPeriod period() {
    return scorecard.period();
  }

  /** One entry per catalogue indicator, in catalogue order. */
  public List<PeriodScorecard.Entry> entries() {
    return scorecard.entries();
  }

  /** The entry of an indicator. */
  public Optional<PeriodScorecard.Entry> entry(String id) {
    return scorecard.entry(id);
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
    PeriodScorecard s =
        PeriodScorecard.measure(store, population, comparer, targets, catalogue.all(), la, period);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    org.slf4j.LoggerFactory.getLogger(ScorecardView.class)
        .info("scorecard {}: {} ms", period.label(), millis);
    return new ScorecardView(s, millis, new ConcurrentHashMap<>());
  }
}
