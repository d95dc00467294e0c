package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.ASSESSMENT_FACTOR;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.SECTION47;

import java.util.Map;
import java.util.TreeMap;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IN10, IN15, PR05, PR10, OC02, OC04, OC05, OC06 for 2024-25, worked by hand:
 *
 * <pre>
 * N1 referred 2024-05-01, assessed (3B 4B 3A), closed 2024-06-10 RC8: assessed not in need
 * N2 referred 2024-07-01, assessed (16A), closed 2024-08-15 RC9: not in need, stepped down
 * N3 referred 2024-09-01, S47, ICPC 2024-09-20, CP plan from that day: open
 * N4 referred 2024-10-01, S47, ICPC 2024-10-25, no plan, closed 2025-03-31 RC7
 * N5 referred 2022-01-10, CIN plan from 2022-02-01: open
 * N6 referred 2023-03-31, CIN plan 2023-04-10 to 2024-04-01, closed 2024-04-01 RC7
 * N7 referred 2025-01-15, no further action, closed that day
 * N8 referred 2025-02-01: open
 * </pre>
 */
@Covers({"IN10", "IN15", "PR05", "PR10", "OC02", "OC04", "OC05", "OC06"})
class FurtherChildInNeedIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              ep(f, "N1", "2024-05-01", "2024-06-10", "RC8", false);
              assessment(f, "N1", "2024-05-02", "2024-06-03", "3B", "4B", "3A");
              ep(f, "N2", "2024-07-01", "2024-08-15", "RC9", false);
              assessment(f, "N2", "2024-07-02", "2024-08-01", "16A");
              ep(f, "N3", "2024-09-01", null, null, false);
              assessment(f, "N3", "2024-09-02", "2024-10-01");
              s47(f, "N3", "2024-09-02", "2024-09-20");
              f.add(
                  CP_PLAN,
                  "child_id",
                  "N3",
                  "episode_no",
                  1,
                  "plan_no",
                  1,
                  "start_date",
                  "2024-09-20");
              ep(f, "N4", "2024-10-01", "2025-03-31", "RC7", false);
              s47(f, "N4", "2024-10-02", "2024-10-25");
              ep(f, "N5", "2022-01-10", null, null, false);
              f.add(CIN_PLAN, "child_id", "N5", "episode_no", 1, "start_date", "2022-02-01");
              ep(f, "N6", "2023-03-31", "2024-04-01", "RC7", false);
              f.add(
                  CIN_PLAN,
                  "child_id",
                  "N6",
                  "episode_no",
                  1,
                  "start_date",
                  "2023-04-10",
                  "end_date",
                  "2024-04-01");
              ep(f, "N7", "2025-01-15", "2025-01-15", "RC8", true);
              ep(f, "N8", "2025-02-01", null, null, false);
            });
  }

  private static void ep(
      StoreFixture f, String child, String referral, String closure, String reason, boolean nfa) {
    f.add(
        CIN_EPISODE,
        "child_id",
        child,
        "episode_no",
        1,
        "referral_date",
        referral,
        "closure_date",
        closure,
        "reason_for_closure",
        reason,
        "referral_nfa",
        nfa);
  }

  private static void assessment(
      StoreFixture f, String child, String start, String authorised, String... factors) {
    f.add(
        ASSESSMENT,
        "child_id",
        child,
        "episode_no",
        1,
        "assessment_no",
        1,
        "start_date",
        start,
        "authorisation_date",
        authorised);
    for (String factor : factors) {
      f.add(
          ASSESSMENT_FACTOR,
          "child_id",
          child,
          "episode_no",
          1,
          "assessment_no",
          1,
          "factor",
          factor);
    }
  }

  private static void s47(StoreFixture f, String child, String start, String icpc) {
    f.add(SECTION47, "child_id", child, "episode_no", 1, "start_date", start, "icpc_date", icpc);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void assessedNotInNeedNeedsAnAssessmentNothingMoreAndAClosureAfterIt(String engine)
      throws Exception {
    // Referrals in 2024-25: N1, N2, N3, N4, N7, N8 = 6; not in need: N1, N2.
    Figure f = stores.figure(engine, "IN10", "2024-25");
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("N1", "N2");
    assertThat(f.value()).isCloseTo(33.333, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void stepDownToEarlyHelpIsAShareOfEpisodesClosedLeavingOutNfa(String engine) throws Exception {
    // Closed in 2024-25, not NFA: N1, N2, N4, N6 = 4; RC9: N2.
    Figure f = stores.figure(engine, "IN15", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(25.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void factorsAreGroupedAndCountedOncePerAssessment(String engine) throws Exception {
    assertThat(stores.figure(engine, "PR05", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("Domestic abuse", 2L, "Mental health", 1L, "Neglect", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anIcpcLeadsToAPlanWhenThePlanStartsThatDay(String engine) throws Exception {
    assertThat(stores.figure(engine, "PR10", "2024-25").value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void episodesAtAnyPointIncludeOneClosingOnTheFirstDayButNotNfa(String engine) throws Exception {
    assertThat(stores.figure(engine, "OC02", "2024-25").members())
        .extracting(Member::childId)
        .containsExactly("N1", "N2", "N3", "N4", "N5", "N6", "N8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void durationsAtTheEndAndOnEndingFallInTheDfeBands(String engine) throws Exception {
    // Open on 31 March: N8 (2 months), N3 (7 months), N5 (3 years).
    assertThat(stores.figure(engine, "OC04", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "1. 3 months or less", 1L,
                    "3. More than 6 months to under 1 year", 1L,
                    "5. 2 years or more", 1L)));
    // Ended: N1 and N2 within 3 months; N4 a day short of six months; N6 a year and a day.
    assertThat(stores.figure(engine, "OC05", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "1. 3 months or less", 2L,
                    "2. More than 3 to 6 months", 1L,
                    "4. 1 year to under 2 years", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void onlyAnOpenCinPlanCountsAtTheEnd(String engine) throws Exception {
    assertThat(stores.figure(engine, "OC06", "2024-25").members())
        .extracting(Member::childId)
        .containsExactly("N5");
  }
}
