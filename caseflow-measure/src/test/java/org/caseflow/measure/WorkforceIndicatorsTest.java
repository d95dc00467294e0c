package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CASELOAD;
import static org.caseflow.domain.schema.Table.SW_VACANCY;
import static org.caseflow.domain.schema.Table.SW_WORKER;

import java.util.List;
import java.util.Map;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workforce indicators (WF01 to WF11H) on a fixture worked by hand. The census of 30 September
 * 2024 is filed under 2024-25 and measured for the period 2024-25; the census of 30 September 2023
 * (2023-24) holds one worker only, so that a figure mixing the two years would show.
 *
 * <pre>
 * census 2024-09-30 (vacancies 2.0 FTE, agency cover 1.0 FTE)
 * worker  agency  fte  fte30  role  cases  start       end         days lost  contract weeks
 * W1      no      1.0  1.0    5     18     2020-01-01  -           10         52
 * W2      no      0.5  0.5    5     10     2024-03-01  -            0         52   starter
 * W3      no      1.0  -      5     -      2018-01-01  2024-06-30   5         26   leaver
 * W4      yes     1.0  1.0    5     20     -           -           -          -
 * W5      no      0.8  0.8    4      0     2019-05-01  -            4         52
 * W6      no      1.0  -      5     -      2024-01-10  2024-08-31  -          -    in and out
 * census 2023-09-30: W1 employed, fte30 1.0, role 5, 15 cases
 * </pre>
 *
 * In post, employed (FTE at 30 Sept): W1 1.0 + W2 0.5 + W5 0.8 = 2.3. Agency in post: W4 1.0.
 */
@Covers({
  "WF01", "WF02", "WF03", "WF04", "WF05", "WF06", "WF07", "WF08", "WF09", "WF09L", "WF10", "WF11",
  "WF11H"
})
class WorkforceIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2024);
              worker(f, "W1", "2023-09-30", false, 1.0, 1.0, 5, 15, "2020-01-01", null, 3.0, 52.0);
              f.year(2025);
              worker(f, "W1", "2024-09-30", false, 1.0, 1.0, 5, 18, "2020-01-01", null, 10.0, 52.0);
              worker(f, "W2", "2024-09-30", false, 0.5, 0.5, 5, 10, "2024-03-01", null, 0.0, 52.0);
              worker(
                  f,
                  "W3",
                  "2024-09-30",
                  false,
                  1.0,
                  null,
                  5,
                  null,
                  "2018-01-01",
                  "2024-06-30",
                  5.0,
                  26.0);
              worker(f, "W4", "2024-09-30", true, 1.0, 1.0, 5, 20, null, null, null, null);
              worker(f, "W5", "2024-09-30", false, 0.8, 0.8, 4, 0, "2019-05-01", null, 4.0, 52.0);
              worker(
                  f,
                  "W6",
                  "2024-09-30",
                  false,
                  1.0,
                  null,
                  5,
                  null,
                  "2024-01-10",
                  "2024-08-31",
                  null,
                  null);
              f.add(
                  SW_VACANCY,
                  "reference_date",
                  "2024-09-30",
                  "vacancies_fte",
                  2.0,
                  "agency_cover_fte",
                  1.0,
                  "agency_cover_headcount",
                  1);
              caseload(f, "2025-02-01", "A", "X", 1.0, false, 20);
              caseload(f, "2025-02-01", "B", "X", 0.5, false, 9);
              caseload(f, "2025-03-01", "A", "X", 1.0, false, 18);
              caseload(f, "2025-03-01", "B", "X", 0.5, false, 8);
              caseload(f, "2025-03-01", "C", "Y", 1.0, true, 27);
            });
  }

  private static void worker(
      StoreFixture f,
      String id,
      String ref,
      boolean agency,
      Double fte,
      Double fte30,
      int role,
      Integer cases,
      String start,
      String end,
      Double daysLost,
      Double contractWeeks) {
    f.add(
        SW_WORKER,
        "worker_id",
        id,
        "reference_date",
        ref,
        "agency",
        agency,
        "fte",
        fte,
        "fte_at_census",
        fte30,
        "org_role",
        role,
        "cases_at_census",
        cases,
        "role_start_date",
        start,
        "role_end_date",
        end,
        "working_days_lost",
        daysLost,
        "contract_weeks",
        contractWeeks);
  }

  private static void caseload(
      StoreFixture f, String month, String worker, String team, double fte, boolean agency, int n) {
    f.add(
        CASELOAD,
        "month",
        month,
        "worker_id",
        worker,
        "team",
        team,
        "fte",
        fte,
        "agency",
        agency,
        "open_cases",
        n);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void socialWorkersInPostCountEmployedFteAtTheCensusOfThePeriodOnly(String engine)
      throws Exception {
    // 2024-25: W1 1.0 + W2 0.5 + W5 0.8 = 2.3 (W4 is agency; W3 and W6 had left).
    assertThat(stores.figure(engine, "WF01", "2024-25").value()).isCloseTo(2.3, within(1e-9));
    // 2023-24: only W1 in the 2023 census = 1.0.
    assertThat(stores.figure(engine, "WF01", "2023-24").value()).isCloseTo(1.0, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPeriodWithoutACensusDateHasNoFigureRatherThanZero(String engine) throws Exception {
    // October to December 2024 holds no 30 September: no figure, and a note saying why.
    for (String id : List.of("WF01", "WF03", "WF09", "WF07")) {
      Figure one = stores.figure(engine, id, "2024-25-Q3");
      assertThat(one.value()).as(id).isNull();
      assertThat(one.note()).as(id).contains("no census date");
      assertThat(stores.series(engine, id, "2024-25-Q3").get(0).value()).as(id).isNull();
    }
    // A census year with no starters at all still says 0: the 2023 census has W1 only.
    assertThat(stores.figure(engine, "WF09", "2023-24").value()).isEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void turnoverIsLeaversFteOverFteInPostLeavingOutThoseWhoStartedAndLeftInTheYear(String engine)
      throws Exception {
    // Leavers: W3 1.0 (W6 started and left in the year). 1.0 / 2.3 = 43.4783%.
    Figure f = stores.figure(engine, "WF02", "2024-25");
    assertThat(f.numerator()).isCloseTo(1.0, within(1e-9));
    assertThat(f.denominator()).isCloseTo(2.3, within(1e-9));
    assertThat(f.value()).isCloseTo(43.4783, within(0.0001));
    assertThat(stores.figure(engine, "WF09L", "2024-25").value()).isCloseTo(1.0, within(1e-9));
    // Starters: W2 0.5 (W6 left again).
    assertThat(stores.figure(engine, "WF09", "2024-25").value()).isCloseTo(0.5, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void agencyAndVacancyRatesUseFte(String engine) throws Exception {
    // Agency: 1.0 / (1.0 + 2.3) = 30.3030%.
    assertThat(stores.figure(engine, "WF03", "2024-25").value()).isCloseTo(30.3030, within(1e-4));
    // Vacancies: 2.0 / (2.0 + 2.3) = 46.5116%.
    assertThat(stores.figure(engine, "WF04", "2024-25").value()).isCloseTo(46.5116, within(1e-4));
    // Vacancies covered by agency: 1.0 / 2.0 = 50%.
    assertThat(stores.figure(engine, "WF05", "2024-25").value()).isCloseTo(50.0, within(1e-9));
    // Agency workers covering vacancies: 1.0 / 1.0 agency FTE = 100%.
    assertThat(stores.figure(engine, "WF06", "2024-25").value()).isCloseTo(100.0, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void averageCaseloadIsCasesOverTheFteOfCaseHoldersIncludingAgency(String engine)
      throws Exception {
    // Holders: W1 18 cases / 1.0, W2 10 / 0.5, W4 20 / 1.0 (W5 holds none): 48 / 2.5 = 19.2.
    Figure f = stores.figure(engine, "WF07", "2024-25");
    assertThat(f.numerator()).isCloseTo(48.0, within(1e-9));
    assertThat(f.denominator()).isCloseTo(2.5, within(1e-9));
    assertThat(f.value()).isCloseTo(19.2, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void averageCaseloadListsEachCaseHoldingWorkerOnceAsAWorker(String engine) throws Exception {
    // One row per holder (W1, W2, W4), counted for cases above the line and FTE below it.
    Figure f = stores.figure(engine, "WF07", "2024-25");
    assertThat(f.members()).extracting(Member::id).containsExactly("W1", "W2", "W4");
    assertThat(f.members()).allSatisfy(m -> assertThat(m.subject()).isEqualTo(Subject.WORKERS));
    assertThat(f.members()).extracting(Member::weight).containsExactly(18.0, 10.0, 20.0);
    assertThat(f.members()).extracting(Member::denominatorWeight).containsExactly(1.0, 0.5, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void averageCaseloadForAQuarterWithoutACensusDateUsesTheLatestCaseloadMonth(String engine)
      throws Exception {
    // January to March 2025 holds no 30 September; the caseload extract's latest month in it is
    // March 2025: A 18 / 1.0, B 8 / 0.5, C 27 / 1.0 = 53 / 2.5 = 21.2.
    Figure q4 = stores.figure(engine, "WF07", "2024-25-Q4");
    assertThat(q4.numerator()).isCloseTo(53.0, within(1e-9));
    assertThat(q4.denominator()).isCloseTo(2.5, within(1e-9));
    assertThat(q4.value()).isCloseTo(21.2, within(1e-9));
    assertThat(q4.members()).extracting(Member::id).containsExactly("A", "B", "C");
    // February 2025 alone: A 20 / 1.0, B 9 / 0.5 = 29 / 1.5 = 19.3333.
    assertThat(stores.figure(engine, "WF07", "2025-02").value()).isCloseTo(19.3333, within(1e-4));
    // The year holds the census date, so the census answers it, not the caseload extract.
    assertThat(stores.figure(engine, "WF07", "2024-25").value()).isCloseTo(19.2, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void sicknessAbsenceIsDaysLostOverFteContractDays(String engine) throws Exception {
    // Days lost 10 + 0 + 5 + 4 = 19; available 1.0x52x5 + 0.5x52x5 + 1.0x26x5 + 0.8x52x5
    // = 260 + 130 + 130 + 208 = 728 (W4 agency and W6 without contract weeks left out).
    // 19 / 728 = 2.60989%.
    Figure f = stores.figure(engine, "WF08", "2024-25");
    assertThat(f.numerator()).isCloseTo(19.0, within(1e-9));
    assertThat(f.denominator()).isCloseTo(728.0, within(1e-9));
    assertThat(f.value()).isCloseTo(2.60989, within(1e-5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void caseHoldersAreAShareOfEmployedFteInPost(String engine) throws Exception {
    // Case holders W1 1.0 + W2 0.5 = 1.5 of 2.3 = 65.2174%.
    assertThat(stores.figure(engine, "WF10", "2024-25").value()).isCloseTo(65.2174, within(1e-4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void liveCaseloadUsesTheLatestMonthOfThePeriod(String engine) throws Exception {
    // 2024-25: March 2025: 18 + 8 + 27 = 53 cases over 1.0 + 0.5 + 1.0 = 2.5 FTE = 21.2.
    Figure year = stores.figure(engine, "WF11", "2024-25");
    assertThat(year.value()).isCloseTo(21.2, within(1e-9));
    assertThat(year.breakdown()).isEqualTo(Map.of("X", 2L, "Y", 1L));
    // The breakdown counts workers (3), not the 53 cases of the numerator.
    assertThat(year.breakdownTotal()).isEqualTo(3L);
    assertThat(year.members()).extracting(Member::id).containsExactly("A", "B", "C");
    // February 2025: 20 + 9 = 29 over 1.5 = 19.3333.
    assertThat(stores.figure(engine, "WF11", "2025-02").value()).isCloseTo(19.3333, within(1e-4));
    // Above 25 in March: C only, 1 of 3 = 33.3333%; in February none.
    Figure over = stores.figure(engine, "WF11H", "2024-25");
    assertThat(over.value()).isCloseTo(33.3333, within(1e-4));
    assertThat(over.breakdown()).isEqualTo(Map.of("Y", 1L));
    assertThat(stores.figure(engine, "WF11H", "2025-02").value()).isEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theSeriesQueryGivesTheSameWeightedFiguresAsOnePeriodAtATime(String engine) throws Exception {
    for (String id : List.of("WF01", "WF02", "WF03", "WF07", "WF08", "WF11", "WF11H")) {
      List<Figure> series =
          stores.series(engine, id, "2023-24", "2024-25", "2025-02", "2024-25-Q4");
      String[] periods = {"2023-24", "2024-25", "2025-02", "2024-25-Q4"};
      for (int k = 0; k < periods.length; k++) {
        Figure one = stores.figure(engine, id, periods[k]);
        assertThat(series.get(k).value()).as(id + " " + periods[k]).isEqualTo(one.value());
        assertThat(series.get(k).numerator()).as(id).isEqualTo(one.numerator());
        assertThat(series.get(k).denominator()).as(id).isEqualTo(one.denominator());
        assertThat(series.get(k).breakdown()).as(id).isEqualTo(one.breakdown());
        assertThat(series.get(k).breakdownTotal()).as(id).isEqualTo(one.breakdownTotal());
      }
    }
  }
}
