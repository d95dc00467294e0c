package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the loaded returns cover a figure's period (issue 15: periods outside the data). */
class CoverageTest {
  private static final Catalogue CATALOGUE = Catalogue.load();

  /** The CIN census loaded for 2021-22 to 2024-25 (collection years 2022 to 2025). */
  private static final LoadedReturns CIN_2022_TO_2025 =
      new LoadedReturns("808", Map.of(ReturnKind.CIN_CENSUS, Set.of(2022, 2023, 2024, 2025)));

  @TempDir Path dir;

  private static Indicator indicator(String id) {
    return CATALOGUE.find(id).orElseThrow();
  }

  @Test
  void aYearBeforeTheFirstReturnLoadedIsNotCoveredAtAll() {
    // IN05 (referrals) reads cin_episode: a 2019-20 figure could only come from history.
    Coverage c = CIN_2022_TO_2025.coverage(indicator("IN05"), ReportingPeriod.parse("2019-20"));
    assertThat(c.state()).isEqualTo(Coverage.State.NONE);
    assertThat(c.warning()).startsWith("no loaded return covers 2019-20 for council 808");
    assertThat(c.warning()).contains("CIN census 2019-20");
    assertThat(CIN_2022_TO_2025.anyOverlapping(ReportingPeriod.parse("2019-20"))).isFalse();
  }

  @Test
  void aYearAfterTheLastReturnLoadedIsNotCoveredAtAll() {
    Coverage c = CIN_2022_TO_2025.coverage(indicator("IN05"), ReportingPeriod.parse("2027-28"));
    assertThat(c.state()).isEqualTo(Coverage.State.NONE);
    assertThat(CIN_2022_TO_2025.anyOverlapping(ReportingPeriod.parse("2027-28"))).isFalse();
  }

  @Test
  void twelveMonthsSpanningTheFirstReturnAreCoveredInPart() {
    // October 2020 to September 2021: collection years 2021 (not loaded) and 2022 (loaded).
    Coverage c = CIN_2022_TO_2025.coverage(indicator("IN05"), ReportingPeriod.parse("R12:2021-09"));
    assertThat(c.state()).isEqualTo(Coverage.State.PART);
    assertThat(c.warning())
        .isEqualTo(
            "the loaded returns cover only part of R12:2021-09 for council 808 (not loaded: CIN"
                + " census 2020-21); the figure counts only what is loaded");
  }

  @Test
  void aQuarterInsideALoadedYearIsCovered() {
    assertThat(
            CIN_2022_TO_2025
                .coverage(indicator("IN05"), ReportingPeriod.parse("2024-25-Q4"))
                .isWhole())
        .isTrue();
  }

  @Test
  void aFigureReadingAReturnThatIsNotLoadedIsNotCovered() {
    // LA01 (children looked after) reads the SSDA903, which is not loaded.
    assertThat(
            CIN_2022_TO_2025.coverage(indicator("LA01"), ReportingPeriod.parse("2024-25")).state())
        .isEqualTo(Coverage.State.NONE);
  }

  @Test
  void theScorecardLineSaysWhetherTheStoresReturnsCoverItsPeriod() throws Exception {
    try (Store s = Store.open(dir.resolve("s.duckdb").toString())) {
      // One workforce census, 30 September 2024, filed under 2024-25.
      StoreFixture.on(s)
          .year(2025)
          .add(
              Table.SW_WORKER,
              "worker_id",
              "W1",
              "reference_date",
              "2024-09-30",
              "fte",
              1.0,
              "fte_at_census",
              1.0)
          .load();
      Scorecard card =
          new Scorecard(new Measurer(s, Population.bundled()), Comparer.bundled(), Targets.none());
      assertThat(card.line(indicator("WF10"), "808", ReportingPeriod.parse("2024-25")).coverage())
          .isEqualTo(Coverage.WHOLE);
      Coverage before =
          card.line(indicator("WF10"), "808", ReportingPeriod.parse("2023-24")).coverage();
      assertThat(before.state()).isEqualTo(Coverage.State.NONE);
      assertThat(before.warning()).contains("CSWW census 2023-24");
      assertThat(LoadedReturns.of(s.connection(), "999").isEmpty()).isTrue();
      assertThat(LoadedReturns.of(s.connection(), "808").describe())
          .isEqualTo("CSWW census 2024-25");
    }
  }
}
