package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.EXPLOITATION_RISK;
import static org.caseflow.domain.schema.Table.NRPF_CASE;

import java.util.Map;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local cohorts (LC01 to LC10) for 2024-25 on a fixture worked by hand.
 *
 * <pre>
 * NRPF  referral    children  allocated   closed      outcome
 * N1    2024-04-01  3         2024-04-03  2024-06-30  leave to remain       90 days open
 * N2    2024-04-08  2         2024-04-20  -
 * N3    2024-05-01  4         -           -
 * N4    2025-04-02  2         -           -                                 next year
 * N5    2023-12-01  1         2023-12-05  2024-04-30  returned home country 151 days open
 *
 * exploitation  considered  type   risk    sex  age  disclosure
 * C1            2024-05-01  CSE    high    F    15   no
 * C1            2024-09-01  CSE    medium  F    15   yes     (latest for C1)
 * C2            2024-06-01  CSE    medium  F    13   no
 * C3            2024-07-01  CCE    high    M    16   no
 * C4            2024-03-01  CSE    low     F    12   yes     (before the year)
 * C5            2024-10-01  other  low     U     9   no
 * </pre>
 */
@Covers({"LC01", "LC02", "LC03", "LC04", "LC05", "LC06", "LC07", "LC08", "LC09", "LC10"})
class LocalCohortIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2025);
              nrpf(f, "N1", "2024-04-01", 3, "2024-04-03", "2024-06-30", "leave to remain");
              nrpf(f, "N2", "2024-04-08", 2, "2024-04-20", null, null);
              nrpf(f, "N3", "2024-05-01", 4, null, null, null);
              nrpf(f, "N4", "2025-04-02", 2, null, null, null);
              nrpf(f, "N5", "2023-12-01", 1, "2023-12-05", "2024-04-30", "returned home country");
              risk(f, "C1", "2024-05-01", "CSE", "high", "F", 15, false);
              risk(f, "C1", "2024-09-01", "CSE", "medium", "F", 15, true);
              risk(f, "C2", "2024-06-01", "CSE", "medium", "F", 13, false);
              risk(f, "C3", "2024-07-01", "CCE", "high", "M", 16, false);
              risk(f, "C4", "2024-03-01", "CSE", "low", "F", 12, true);
              risk(f, "C5", "2024-10-01", "other", "low", "U", 9, false);
            });
  }

  private static void nrpf(
      StoreFixture f,
      String id,
      String referral,
      int children,
      String allocated,
      String closed,
      String outcome) {
    f.add(
        NRPF_CASE,
        "case_id",
        id,
        "referral_date",
        referral,
        "family_size",
        children + 2,
        "children",
        children,
        "allocated_date",
        allocated,
        "closure_date",
        closed,
        "outcome",
        outcome);
  }

  private static void risk(
      StoreFixture f,
      String child,
      String date,
      String type,
      String level,
      String sex,
      int age,
      boolean disclosure) {
    f.add(
        EXPLOITATION_RISK,
        "child_id",
        child,
        "date_considered",
        date,
        "exploitation_type",
        type,
        "risk_level",
        level,
        "sex",
        sex,
        "age",
        age,
        "disclosure",
        disclosure,
        "missing_episodes",
        0);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void nrpfReferralsPerWeekDivideByTheWeeksInThePeriod(String engine) throws Exception {
    // N1, N2, N3 over 365 / 7 weeks: 3 x 7 / 365 = 0.0575342.
    Figure f = stores.figure(engine, "LC01", "2024-25");
    assertThat(f.numerator()).isEqualTo(3.0);
    assertThat(f.value()).isCloseTo(0.0575342, within(1e-7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void openNrpfCasesAndTheirChildrenAreCountedOnTheLastDay(String engine) throws Exception {
    // Open on 31 March 2025: N2 (allocated) and N3 (not allocated); children 2 + 4 = 6.
    Figure open = stores.figure(engine, "LC02", "2024-25");
    assertThat(open.value()).isEqualTo(2.0);
    assertThat(open.breakdown()).isEqualTo(Map.of("allocated", 1L, "not allocated", 1L));
    assertThat(stores.figure(engine, "LC03", "2024-25").value()).isEqualTo(6.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void closedNrpfCasesAndHowLongTheyWereOpen(String engine) throws Exception {
    // Closed in 2024-25: N1 and N5. Days open: 90 and 151 (2024 is a leap year); mean 120.5.
    Figure closed = stores.figure(engine, "LC04", "2024-25");
    assertThat(closed.value()).isEqualTo(2.0);
    assertThat(closed.breakdown())
        .isEqualTo(Map.of("leave to remain", 1L, "returned home country", 1L));
    assertThat(stores.figure(engine, "LC05", "2024-25").value()).isEqualTo(120.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenConsideredForExploitationCountOnceAtTheirLatestConsideration(String engine)
      throws Exception {
    // C1 (medium, latest), C2 medium, C3 high, C5 low; C4 was considered before the year.
    Figure risk = stores.figure(engine, "LC06", "2024-25");
    assertThat(risk.value()).isEqualTo(4.0);
    assertThat(risk.breakdown()).isEqualTo(Map.of("high", 1L, "medium", 2L, "low", 1L));
    assertThat(stores.figure(engine, "LC07", "2024-25").breakdown())
        .isEqualTo(Map.of("F", 2L, "M", 1L, "U", 1L));
    assertThat(stores.figure(engine, "LC08", "2024-25").breakdown())
        .isEqualTo(Map.of("14 to 15", 1L, "10 to 13", 1L, "16 to 17", 1L, "under 10", 1L));
    assertThat(stores.figure(engine, "LC09", "2024-25").breakdown())
        .isEqualTo(Map.of("CSE", 2L, "CCE", 1L, "other", 1L));
    // Disclosures: C1 (at its second consideration): 1 of 4 = 25%.
    assertThat(stores.figure(engine, "LC10", "2024-25").value()).isEqualTo(25.0);
  }
}
