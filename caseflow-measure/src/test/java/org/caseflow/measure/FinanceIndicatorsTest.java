package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.BUDGET_LINE;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Budget monitoring (FN01 to FN04H) on a fixture worked by hand, with the budget lines from the
 * minutes (IFA £5.51m budget, children's homes £5.018m, social work staffing £3.722m):
 *
 * <pre>
 * line                 category            budget     Sept spend / projected   Oct spend / projected
 * IFA placements       ifa                 5,510,000  2,000,000 / 4,690,000    2,400,000 / 4,800,000
 * Children's homes     childrens_homes     5,018,000  2,800,000 / 5,425,000    3,200,000 / 5,500,000
 * Social work staffing staffing            3,722,000  1,900,000 / 3,722,000    2,200,000 / 3,800,000
 * In-house fostering   in_house_fostering  1,000,000     50,000 / 1,000,000       60,000 / 1,000,000
 *
 * looked-after episodes              nights from 1 April 2024 to 1 November 2024 (end of October)
 * K1  U4 PR4  2024-01-01 open        30+31+30+31+31+30+31 = 214   IFA
 * K2  U5 PR5  2024-06-01 2024-06-15  14                            IFA
 * K3  U4 PR1  2024-04-01 2024-05-01  30                            in-house
 * K4  K2 PR4  2024-10-01 open        31                            children's home
 * K5  U4 PR4  2023-06-01 2024-03-31  ended before the year: none
 * </pre>
 */
@Covers({"FN01", "FN02", "FN03", "FN04I", "FN04F", "FN04H"})
class FinanceIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2025);
              line(f, "2024-09-01", "IFA placements", "ifa", 5_510_000, 2_000_000, 4_690_000);
              line(
                  f,
                  "2024-09-01",
                  "Children's homes",
                  "childrens_homes",
                  5_018_000,
                  2_800_000,
                  5_425_000);
              line(
                  f,
                  "2024-09-01",
                  "Social work staffing",
                  "staffing",
                  3_722_000,
                  1_900_000,
                  3_722_000);
              line(
                  f,
                  "2024-09-01",
                  "In-house fostering",
                  "in_house_fostering",
                  1_000_000,
                  50_000,
                  1_000_000);
              line(f, "2024-10-01", "IFA placements", "ifa", 5_510_000, 2_400_000, 4_800_000);
              line(
                  f,
                  "2024-10-01",
                  "Children's homes",
                  "childrens_homes",
                  5_018_000,
                  3_200_000,
                  5_500_000);
              line(
                  f,
                  "2024-10-01",
                  "Social work staffing",
                  "staffing",
                  3_722_000,
                  2_200_000,
                  3_800_000);
              line(
                  f,
                  "2024-10-01",
                  "In-house fostering",
                  "in_house_fostering",
                  1_000_000,
                  60_000,
                  1_000_000);
              episode(f, "K1", "2024-01-01", null, "U4", "PR4");
              episode(f, "K2", "2024-06-01", "2024-06-15", "U5", "PR5");
              episode(f, "K3", "2024-04-01", "2024-05-01", "U4", "PR1");
              episode(f, "K4", "2024-10-01", null, "K2", "PR4");
              episode(f, "K5", "2023-06-01", "2024-03-31", "U4", "PR4");
            });
  }

  private static void line(
      StoreFixture f,
      String period,
      String line,
      String category,
      double budget,
      double spend,
      double projected) {
    f.add(
        BUDGET_LINE,
        "period",
        period,
        "budget_line",
        line,
        "category",
        category,
        "annual_budget",
        budget,
        "spend_to_date",
        spend,
        "projected_outturn",
        projected);
  }

  private static void episode(
      StoreFixture f, String child, String start, String end, String place, String provider) {
    f.add(
        CLA_EPISODE,
        "child_id",
        child,
        "start_date",
        start,
        "end_date",
        end,
        "placement_type",
        place,
        "placement_provider",
        provider,
        "legal_status",
        "C2");
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theVarianceIsProjectedOutturnLessBudgetAtTheLatestMonthAndTrendsMonthByMonth(String engine)
      throws Exception {
    // September: (4,690,000 - 5,510,000) + (5,425,000 - 5,018,000) + 0 + 0 = -413,000.
    assertThat(stores.figure(engine, "FN01", "2024-09").value()).isCloseTo(-413_000, within(1e-6));
    // October, the latest month in 2024-25: -710,000 + 482,000 + 78,000 + 0 = -150,000.
    assertThat(stores.figure(engine, "FN01", "2024-25").value()).isCloseTo(-150_000, within(1e-6));
    var series = stores.series(engine, "FN01", "2024-09", "2024-10", "2024-11");
    assertThat(series.get(0).value()).isCloseTo(-413_000, within(1e-6));
    assertThat(series.get(1).value()).isCloseTo(-150_000, within(1e-6));
    assertThat(series.get(2).value()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void outturnAndSpendAreShownAsAShareOfTheBudget(String engine) throws Exception {
    // Projected 4,800,000 + 5,500,000 + 3,800,000 + 1,000,000 = 15,100,000 of budgets
    // 5,510,000 + 5,018,000 + 3,722,000 + 1,000,000 = 15,250,000: 99.016393%.
    assertThat(stores.figure(engine, "FN02", "2024-25").value()).isCloseTo(99.016393, within(1e-6));
    // Spend 2,400,000 + 3,200,000 + 2,200,000 + 60,000 = 7,860,000 / 15,250,000 = 51.540984%.
    assertThat(stores.figure(engine, "FN03", "2024-25").value()).isCloseTo(51.540984, within(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void unitCostsDivideSpendToDateByChildWeeksSinceFirstApril(String engine) throws Exception {
    // IFA: 2,400,000 / ((214 + 14) / 7) = 2,400,000 x 7 / 228 = 73,684.2105.
    Figure ifa = stores.figure(engine, "FN04I", "2024-25");
    assertThat(ifa.denominator()).isCloseTo(228.0 / 7, within(1e-9));
    assertThat(ifa.value()).isCloseTo(73_684.2105, within(1e-4));
    // In-house fostering: 60,000 / (30 / 7) = 14,000.
    assertThat(stores.figure(engine, "FN04F", "2024-25").value()).isCloseTo(14_000, within(1e-6));
    // Children's homes: 3,200,000 / (31 / 7) = 722,580.6452.
    assertThat(stores.figure(engine, "FN04H", "2024-25").value())
        .isCloseTo(722_580.6452, within(1e-4));
  }
}
