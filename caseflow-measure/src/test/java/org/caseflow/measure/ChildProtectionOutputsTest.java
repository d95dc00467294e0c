package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import java.util.Map;
import java.util.TreeMap;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Child protection outputs for 2024-25 (period end 31 March 2025). Every plan sits in an open
 * episode of need, as plans follow their episode.
 */
@Covers({"OC07", "OC08", "OC09", "OC10", "OC10L", "OC11", "OC12", "OC13", "OC14", "OC15"})
class ChildProtectionOutputsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              for (String child : new String[] {"P1", "P2", "P3", "P4", "P5", "P6", "P7"}) {
                r.cin(child, "2020-01-01", null, false, "N1");
              }
              // CP plans.
              plan(f, "P1", 1, "2023-03-31", null, null, "NEG", "EMO"); // open, exactly 2 years
              plan(f, "P2", 1, "2023-04-01", null, 0, "EMO", "EMO"); // open, a day short
              plan(f, "P3", 1, "2021-01-01", "2022-06-01", 0, "PHY", "PHY"); // history
              plan(f, "P3", 2, "2024-05-01", "2025-03-31", 1, "NEG", "NEG"); // ends last day
              plan(f, "P4", 1, "2023-04-01", "2025-03-30", 0, "NEG", "NEG"); // 729 days
              plan(f, "P5", 1, "2023-04-02", "2025-03-30", 0, "NEG", "NEG"); // 728 days
              plan(f, "P6", 1, "2025-01-10", "2025-03-10", null, "SAB", "SAB"); // 2 months
              plan(f, "P7", 1, "2024-10-01", null, 2, "MUL", "MUL"); // census: 2 earlier plans
            });
  }

  private static void plan(
      StoreFixture f,
      String child,
      int no,
      String start,
      String end,
      Integer previous,
      String initial,
      String latest) {
    f.add(
        CP_PLAN,
        "child_id",
        child,
        "episode_no",
        1,
        "plan_no",
        no,
        "start_date",
        start,
        "end_date",
        end,
        "previous_plans",
        previous,
        "initial_category",
        initial,
        "latest_category",
        latest);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void plansOpenAtTheEndLeaveOutOneEndingOnTheLastDay(String engine) throws Exception {
    assertThat(stores.figure(engine, "OC07", "2024-25").members())
        .extracting(Member::childId)
        .containsExactly("P1", "P2", "P7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPlanStartedExactlyTwoYearsBeforeTheEndHasLastedTwoYears(String engine) throws Exception {
    Figure f = stores.figure(engine, "OC11", "2024-25");
    assertThat(f.numerator()).isEqualTo(1.0);
    assertThat(f.denominator()).isEqualTo(3.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void plansStartedAndEndedAreCountedByTheirDates(String engine) throws Exception {
    // Started: P3 (2nd plan), P6, P7. Ended: P3 (2nd), P4, P5, P6.
    assertThat(stores.figure(engine, "OC08", "2024-25").value()).isEqualTo(3.0);
    assertThat(stores.figure(engine, "OC09", "2024-25").value()).isEqualTo(4.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPlanEndingSevenHundredAndTwentyNineDaysAfterItsStartCountsAsTwoYears(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "OC12", "2024-25");
    // P4: 1 Apr 2023 to 30 Mar 2025 = 366 + 363 = 729 days; P5 728. 1 of 4 ended = 25%.
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("P4");
    assertThat(f.value()).isEqualTo(25.0);
    // P6 lasted 2 months: 1 of 4 ended within 3 months.
    assertThat(stores.figure(engine, "OC13", "2024-25").value()).isEqualTo(25.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void repeatPlansCountTheCensusFieldOrLoadedHistory(String engine) throws Exception {
    // Ever: P3 (field 1 and history), P7 (field 2); not P6. 2 of 3.
    assertThat(stores.figure(engine, "OC14", "2024-25").value()).isCloseTo(66.667, within(0.001));
    // Within 2 years: P3's first plan ended 1 Jun 2022, within 2 years of 1 May 2024. 1 of 3.
    Figure within2 = stores.figure(engine, "OC15", "2024-25");
    assertThat(within2.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("P3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void plansAtTheEndByInitialAndLatestCategoryAddUpToAllPlans(String engine) throws Exception {
    assertThat(stores.figure(engine, "OC10", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("Emotional abuse", 1L, "Multiple", 1L, "Neglect", 1L)));
    assertThat(stores.figure(engine, "OC10L", "2024-25").breakdown())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("Emotional abuse", 2L, "Multiple", 1L)));
  }
}
