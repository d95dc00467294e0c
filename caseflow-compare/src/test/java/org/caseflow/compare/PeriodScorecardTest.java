package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Provenance;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard for a period, measured once: periods keyed without their labels, a period that was
 * not measured failing loudly, and each indicator's findings from the tables it reads.
 */
class PeriodScorecardTest {
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2024-25");

  @TempDir Path dir;

  private static Indicator indicator(String id) {
    return CATALOGUE.find(id).orElseThrow();
  }

  private static Figure figure(Indicator i, ReportingPeriod p, double value) {
    return new Figure(i, "808", p, value, value, null, List.of(), Map.of(), null);
  }

  private static ReportingPeriod relabelled(ReportingPeriod p, String label) {
    return new ReportingPeriod(p.start(), p.end(), p.kind(), label);
  }

  @Test
  void aLineFindsItsFiguresByStartEndAndKindWhateverTheLabelTheyWereMeasuredUnder()
      throws Exception {
    Indicator contacts = indicator("IN01");
    Map<ReportingPeriod, Figure> measured = new HashMap<>();
    double v = 100;
    ReportingPeriod q4 = ReportingPeriod.parse("2024-25-Q4");
    for (ReportingPeriod p : Scorecard.periodsFor(q4)) {
      // Labelled as nobody writes them: the line must still find each one.
      measured.put(relabelled(p, "measured as " + v), figure(contacts, p, v));
      v += 10;
    }
    try (Store store = Stores.fresh("duckdb", dir)) {
      ScorecardLine l =
          new Scorecard(
                  new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none())
              .line(contacts, "808", q4, measured);
      // periodsFor: 2024-25 Q4 (100), Q3 (110), 2023-24 Q4 (120), then Q2 (130) and Q1 (140).
      assertThat(l.figure().value()).isEqualTo(100.0);
      assertThat(l.previous().value()).isEqualTo(110.0);
      assertThat(l.lastYear().value()).isEqualTo(120.0);
    }
  }

  @Test
  void aPeriodMissingFromTheMeasuredFiguresFailsLoudlyRatherThanBeingMeasuredAgain()
      throws Exception {
    Indicator contacts = indicator("IN01");
    Map<ReportingPeriod, Figure> measured = new HashMap<>();
    measured.put(YEAR, figure(contacts, YEAR, 100));
    try (Store store = Stores.fresh("duckdb", dir)) {
      Scorecard scorecard =
          new Scorecard(
              new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none());
      assertThatThrownBy(() -> scorecard.line(contacts, "808", YEAR, measured))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("IN01 was not measured for 2023-04-01 to 2024-03-31 (FINANCIAL_YEAR)");
    }
  }

  @Test
  void anEntryGivesEveryMeasuredPeriodAndRefusesOneThatWasNot() throws Exception {
    try (Store store = Stores.fresh("duckdb", dir)) {
      StoreFixture.on(store)
          .add(Table.CIN_EPISODE, "child_id", "A", "episode_no", 1, "referral_date", "2024-06-01")
          .load();
      PeriodScorecard sc =
          PeriodScorecard.measure(
              store,
              Population.bundled(),
              Comparer.bundled(),
              Targets.none(),
              List.of(indicator("IN05")),
              "808",
              YEAR);
      assertThat(sc.trendPeriods().stream().map(ReportingPeriod::label))
          .containsExactly("2020-21", "2021-22", "2022-23", "2023-24", "2024-25");
      PeriodScorecard.Entry referrals = sc.entry("IN05").orElseThrow();
      // One referral, on 1 June 2024.
      assertThat(referrals.line().figure().value()).isEqualTo(1.0);
      assertThat(referrals.trend().get(4).value()).isEqualTo(1.0);
      assertThat(referrals.trend().get(3).value()).isEqualTo(0.0);
      assertThat(
              referrals
                  .figure(
                      new ReportingPeriod(
                          LocalDate.of(2024, 4, 1),
                          LocalDate.of(2025, 3, 31),
                          ReportingPeriod.Kind.FINANCIAL_YEAR,
                          "this year"))
                  .value())
          .isEqualTo(1.0);
      assertThatThrownBy(() -> referrals.figure(ReportingPeriod.parse("2019-20")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("IN05 was not measured for 2019-04-01 to 2020-03-31 (FINANCIAL_YEAR)");
    }
  }

  @Test
  void anIndicatorsFindingsAreThoseOfTheTablesItReadsNotOfAnotherReturn() throws Exception {
    try (Store store = Stores.fresh("duckdb", dir)) {
      Map<String, Long> batches =
          StoreFixture.on(store)
              .add(Table.AA_CONTACT, "child_id", "B", "contact_date", "2024-05-01")
              .add(
                  Table.CASELOAD,
                  "month",
                  "2025-03-01",
                  "worker_id",
                  "W1",
                  "team",
                  "North",
                  "fte",
                  1.0,
                  "agency",
                  false,
                  "open_cases",
                  12)
              .loadBatches();
      // One unreadable contact date in the Annex A list.
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement("INSERT INTO import_finding VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, batches.get("2025|ANNEX_A"));
        ps.setString(2, "unreadable_value");
        ps.setString(3, "ERROR");
        ps.setString(4, "annex_a.xlsx");
        ps.setString(5, "List 1 row 2");
        ps.setString(6, "Date of Contact");
        ps.setString(7, null);
        ps.setString(8, "expected a date");
        ps.executeUpdate();
      }
      PeriodScorecard sc =
          PeriodScorecard.measure(
              store,
              Population.bundled(),
              Comparer.bundled(),
              Targets.none(),
              List.of(indicator("IN01"), indicator("WF11")),
              "808",
              YEAR);
      PeriodScorecard.Quality contacts = sc.entry("IN01").orElseThrow().quality();
      assertThat(contacts.importFindings())
          .containsExactly(
              new Provenance.Finding(
                  "aa_contact",
                  "unreadable_value",
                  "ERROR",
                  "Date of Contact",
                  "expected a date",
                  1));
      assertThat(contacts.sources()).extracting(Provenance.Source::returnKind).contains("ANNEX_A");
      // WF11 reads the caseload extract: the Annex A finding is not its own.
      PeriodScorecard.Quality caseload = sc.entry("WF11").orElseThrow().quality();
      assertThat(caseload.importFindings()).isEmpty();
      assertThat(caseload.clean()).isTrue();
      assertThat(caseload.sources())
          .extracting(Provenance.Source::returnKind)
          .containsExactly("CASELOAD");
      assertThat(Presentation.full().findings(contacts))
          .containsExactly("aa_contact: unreadable_value (error) Date of Contact, 1");
      assertThat(Presentation.suppressed().findings(contacts))
          .containsExactly("aa_contact: unreadable_value (error) Date of Contact");
    }
  }
}
