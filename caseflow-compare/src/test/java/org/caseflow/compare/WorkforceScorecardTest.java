package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workforce figures meet the published census of the same 30 September: the census within 2024-25
 * is DfE's (and LAIT's) 2024. Stockton-on-Tees' published agency rate for 30 September 2024 is
 * 12.4% (csww_indicators_2017_to_2025.csv, agency_rate_fte).
 */
class WorkforceScorecardTest {
  @TempDir Path dir;

  @Test
  void theWorkforceCensusOfTheYearIsComparedWithThePublishedCensusOfTheSameThirtiethSeptember()
      throws Exception {
    try (Store s = Store.open(dir.resolve("s.duckdb").toString())) {
      StoreFixture f = StoreFixture.on(s).year(2025);
      for (int k = 0; k < 8; k++) {
        f.add(
            Table.SW_WORKER,
            "worker_id",
            "W" + k,
            "reference_date",
            "2024-09-30",
            "agency",
            k == 0,
            "fte",
            1.0,
            "fte_at_census",
            1.0);
      }
      f.load();
      Scorecard card =
          new Scorecard(new Measurer(s, Population.bundled()), Comparer.bundled(), Targets.none());
      ScorecardLine line =
          card.line(
              Catalogue.load().find("WF03").orElseThrow(), "808", ReportingPeriod.parse("2024-25"));
      // 1 agency of 8 in post = 12.5%.
      assertThat(line.figure().value()).isEqualTo(12.5);
      assertThat(line.benchmark().year()).isEqualTo(2024);
      assertThat(line.publishedOwn()).isCloseTo(12.4, within(1e-9));
    }
  }
}
