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
  void aYearsCountOfPlansStartedGetsNoDefaultTargetFromOtherCouncilsCounts() throws Exception {
    assertThat(line("OC08", "2024-25").target()).isNull();
  }

  @Test
  void aYearsPercentageGetsTheNeighbourMeanAsItsDefaultTarget() throws Exception {
    ScorecardLine year = line("IN07", "2024-25");
    assertThat(year.target()).isNotNull();
    assertThat(year.target().target()).isEqualTo(year.benchmark().neighbourMean());
  }

  @Test
  void aQuartersCountOfPlansStartedGetsNoDefaultTargetFromAYearsFigures() throws Exception {
    assertThat(line("OC08", "2024-25-Q4").target()).isNull();
  }

  @Test
  void aQuartersReReferralPercentageGetsNoDefaultTargetFromAYear() throws Exception {
    assertThat(line("IN07", "2024-25-Q4").target()).isNull();
  }

  @Test
  void aQuartersSnapshotPercentageStillGetsTheNeighbourDefault() throws Exception {
    // OC11, plans open for 2 years or more at the period end: a snapshot against a snapshot.
    ScorecardLine q = line("OC11", "2024-25-Q4");
    assertThat(q.target()).isNotNull();
    assertThat(q.target().source()).startsWith("statistical neighbour mean");
  }

  @Test
  void comparableWithAYearFollowsUnitAndPeriodType() {
    Catalogue c = Catalogue.load();
    ReportingPeriod q4 = ReportingPeriod.parse("2024-25-Q4");
    ReportingPeriod year = ReportingPeriod.parse("2024-25");
    // A count never; a quarter's events (IN07) or a cohort's events in the quarter (LA12) not; a
    // snapshot (LA01R) at any period; a year's percentage of events (IN07) yes.
    assertThat(Scorecard.comparableWithAYear(c.find("IN05").orElseThrow(), q4)).isFalse();
    assertThat(Scorecard.comparableWithAYear(c.find("IN05").orElseThrow(), year)).isFalse();
    assertThat(Scorecard.comparableWithAYear(c.find("IN07").orElseThrow(), q4)).isFalse();
    assertThat(Scorecard.comparableWithAYear(c.find("LA12").orElseThrow(), q4)).isFalse();
    assertThat(Scorecard.comparableWithAYear(c.find("LA01R").orElseThrow(), q4)).isTrue();
    assertThat(Scorecard.comparableWithAYear(c.find("IN07").orElseThrow(), year)).isTrue();
  }
}
