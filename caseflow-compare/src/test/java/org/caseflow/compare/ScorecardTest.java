package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neighbour default target applies only where a period's value compares with a year's. */
class ScorecardTest {
  @TempDir Path dir;

  private ScorecardLine line(String id, String period) throws Exception {
    Indicator i = Catalogue.load().find(id).orElseThrow();
    try (Store store = Stores.fresh("duckdb", dir)) {
      return new Scorecard(
              new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none())
          .line(i, "808", ReportingPeriod.parse(period));
    }
  }

  // OC08, child protection plans started, is a count of events with a polarity and a LAIT measure.

  @Test
  void aYearsCountOfPlansStartedGetsTheNeighbourMeanAsItsDefaultTarget() throws Exception {
    ScorecardLine year = line("OC08", "2024-25");
    assertThat(year.target()).isNotNull();
    assertThat(year.target().target()).isEqualTo(year.benchmark().neighbourMean());
  }

  @Test
  void aQuartersCountOfPlansStartedGetsNoDefaultTargetFromAYearsFigures() throws Exception {
    assertThat(line("OC08", "2024-25-Q4").target()).isNull();
  }

  @Test
  void aQuartersPercentageStillGetsTheNeighbourDefault() throws Exception {
    ScorecardLine q = line("IN07", "2024-25-Q4");
    assertThat(q.target()).isNotNull();
    assertThat(q.target().source()).startsWith("statistical neighbour mean");
  }

  @Test
  void comparableWithAYearFollowsUnitAndPeriodType() {
    Catalogue c = Catalogue.load();
    ReportingPeriod q4 = ReportingPeriod.parse("2024-25-Q4");
    assertThat(Scorecard.comparableWithAYear(c.find("IN05").orElseThrow(), q4)).isFalse();
    assertThat(Scorecard.comparableWithAYear(c.find("IN07").orElseThrow(), q4)).isTrue();
    assertThat(Scorecard.comparableWithAYear(c.find("LA01").orElseThrow(), q4)).isTrue();
    assertThat(
            Scorecard.comparableWithAYear(
                c.find("IN05").orElseThrow(), ReportingPeriod.parse("2024-25")))
        .isTrue();
  }
}
