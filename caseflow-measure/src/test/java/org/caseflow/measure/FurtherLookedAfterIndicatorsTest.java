package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.SOCIAL_WORKER_EPISODE;

import java.util.Map;
import java.util.TreeMap;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LA17, LA21 to LA26, LA28 to LA30, CL06, AD06 and AD09 for 2024-25 (ages on 31 March 2025), worked
 * by hand in each test.
 */
@Covers({
  "PR14", "LA01A", "LA17", "LA21", "LA22", "LA23", "LA24", "LA25", "LA26", "LA28", "LA29", "LA30",
  "CL06", "AD01", "AD04", "AD05", "AD06", "AD08", "AD09"
})
class FurtherLookedAfterIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              // OC2 cohort: H1 aged 3, H2 5 (on the day), H3 11, H4 16, H5 17.
              oc2(f, "H1", "2021-06-01", null, false, false, true);
              oc2(f, "H2", "2020-03-31", 20, false, false, false);
              oc2(f, "H3", "2014-01-01", 10, true, false, false);
              oc2(f, "H4", "2008-04-01", null, false, true, false);
              oc2(f, "H5", "2008-03-31", 30, true, false, false);
              // Children looked after all year; K1 and K2 moved once.
              ep(f, "K1", "S", "2023-01-01", "U4", "2024-08-01", "X1", "CREQB");
              ep(f, "K1", "P", "2024-08-01", "U6", null, null, null);
              ep(f, "K2", "S", "2023-01-01", "U4", "2024-09-01", "X1", "CARPL");
              ep(f, "K2", "P", "2024-09-01", "U4", null, null, null);
              ep(f, "K3", "S", "2023-01-01", "U4", null, null, null);
              // Adopted in the year.
              ep(f, "A1", "S", "2022-04-01", "U4", "2023-06-01", "X1", null);
              ep(f, "A1", "P", "2023-06-01", "A6", "2024-10-01", "E11", null);
              ep(f, "A2", "S", "2023-01-01", "U4", "2025-01-01", "E12", null);
              f.add(
                  ADOPTION,
                  "child_id",
                  "A1",
                  "decision_date",
                  "2023-09-01",
                  "match_date",
                  "2024-03-01");
              f.add(
                  ADOPTION,
                  "child_id",
                  "A2",
                  "decision_date",
                  "2024-01-10",
                  "match_date",
                  "2024-06-10");
              // Missing and away.
              missing(f, "K1", "M", "2024-05-01");
              missing(f, "K1", "M", "2024-06-01");
              missing(f, "K1", "A", "2024-07-01");
              missing(f, "K2", "M", "2025-03-31");
              missing(f, "K3", "M", "2024-03-31");
              // Social workers: K1 three, K2 two (one of them twice), K3 none.
              sw(f, "K1", "SW1", "2023-01-01", "2024-05-01");
              sw(f, "K1", "SW2", "2024-05-01", "2024-10-01");
              sw(f, "K1", "SW3", "2024-10-01", null);
              sw(f, "K2", "SW1", "2023-01-01", "2024-06-01");
              sw(f, "K2", "SW4", "2024-06-01", "2024-12-01");
              sw(f, "K2", "SW1", "2024-12-01", null);
              // Ages on 31 March 2025: K1 under 1, K2 12, K3 not known.
              f.add(CHILD, "source", "SSDA903", "child_id", "K1", "birth_date", "2024-09-01");
              f.add(CHILD, "source", "SSDA903", "child_id", "K2", "birth_date", "2012-05-05");
              // Reviews: PN0 left out, PN1 took part, PN7 did not, one in the next year.
              review(f, "K1", "2024-06-01", "PN0");
              review(f, "K2", "2024-07-01", "PN1");
              review(f, "K3", "2024-08-01", "PN7");
              review(f, "K3", "2025-04-01", "PN1");
              // Care leavers aged 19 and 20.
              f.add(CHILD, "source", "SSDA903", "child_id", "L1", "birth_date", "2005-06-01");
              f.add(CHILD, "source", "SSDA903", "child_id", "L2", "birth_date", "2004-06-01");
              f.add(
                  CARE_LEAVER,
                  "child_id",
                  "L1",
                  "in_touch",
                  "YES",
                  "activity",
                  "F1",
                  "accommodation",
                  "U1");
              f.add(
                  CARE_LEAVER,
                  "child_id",
                  "L2",
                  "in_touch",
                  "YES",
                  "activity",
                  "G5",
                  "accommodation",
                  "U1");
            });
  }

  private static void oc2(
      StoreFixture f,
      String child,
      String born,
      Integer sdq,
      boolean convicted,
      boolean substance,
      boolean development) {
    f.add(CHILD, "source", "SSDA903", "child_id", child, "birth_date", born);
    f.add(
        HEALTH_OUTCOME,
        "child_id",
        child,
        "sdq_score",
        sdq,
        "convicted",
        convicted,
        "substance_misuse",
        substance,
        "health_check",
        development);
  }

  private static void ep(
      StoreFixture f,
      String child,
      String rne,
      String start,
      String place,
      String end,
      String rec,
      String reason) {
    f.add(
        CLA_EPISODE,
        "child_id",
        child,
        "reason_new_episode",
        rne,
        "start_date",
        start,
        "legal_status",
        "C2",
        "placement_type",
        place,
        "end_date",
        end,
        "reason_ceased",
        rec,
        "reason_place_change",
        reason);
  }

  private static void review(StoreFixture f, String child, String date, String code) {
    f.add(
        org.caseflow.domain.schema.Table.CLA_REVIEW,
        "child_id",
        child,
        "review_date",
        date,
        "participation",
        code);
  }

  private static void missing(StoreFixture f, String child, String type, String start) {
    f.add(
        MISSING_EPISODE,
        "child_id",
        child,
        "missing_type",
        type,
        "start_date",
        start,
        "end_date",
        start);
  }

  private static void sw(StoreFixture f, String child, String worker, String start, String end) {
    f.add(
        SOCIAL_WORKER_EPISODE,
        "child_id",
        child,
        "social_worker_id",
        worker,
        "start_date",
        start,
        "end_date",
        end);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void oc2MeasuresUseAgesOnThirtyFirstMarch(String engine) throws Exception {
    // Under 5: H1 only (H2 turned 5 on the day).
    assertThat(stores.figure(engine, "LA21", "2024-25").value()).isEqualTo(100.0);
    // Aged 5 to 16: H2, H3, H4; with a score: H2, H3.
    assertThat(stores.figure(engine, "LA22", "2024-25").value()).isCloseTo(66.667, within(0.001));
    // Mean of 20 and 10 (H5's 30 is at 17, outside 5 to 16).
    assertThat(stores.figure(engine, "LA23", "2024-25").value()).isEqualTo(15.0);
    // Score of 17 or more: H2, of H2 and H3.
    assertThat(stores.figure(engine, "LA24", "2024-25").value()).isEqualTo(50.0);
    // Aged 10 to 17: H3, H4, H5; convicted: H3, H5.
    assertThat(stores.figure(engine, "LA25", "2024-25").value()).isCloseTo(66.667, within(0.001));
    // Substance misuse: H4 of all five.
    assertThat(stores.figure(engine, "LA26", "2024-25").value()).isEqualTo(20.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void awayMissingIncidentsAndSocialWorkerChanges(String engine) throws Exception {
    // Looked after during the year: K1, K2, K3, A1, A2; away (A): K1.
    assertThat(stores.figure(engine, "LA28", "2024-25").value()).isEqualTo(20.0);
    // Missing incidents starting in the year: K1 two, K2 one (K3's was the day before): 1.5.
    assertThat(stores.figure(engine, "LA29", "2024-25").value()).isEqualTo(1.5);
    // Looked after on 31 March: K1, K2, K3; three distinct social workers: K1.
    Figure sw = stores.figure(engine, "LA30", "2024-25");
    assertThat(sw.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("K1");
    assertThat(sw.denominator()).isEqualTo(3.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenLookedAfterAreBandedByAgeOnTheLastDay(String engine) throws Exception {
    assertThat(stores.figure(engine, "LA01A", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("1. Under 1", 1L, "4. 10 to 15", 1L, "6. Not known", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reviewParticipationLeavesOutChildrenUnderFour(String engine) throws Exception {
    Figure f = stores.figure(engine, "PR14", "2024-25");
    assertThat(f.denominator()).isEqualTo(2.0);
    assertThat(f.value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void placementChangesAreCountedByTheReasonOnTheEndingEpisode(String engine) throws Exception {
    assertThat(stores.figure(engine, "LA17", "2024-25").breakdown())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("CARPL", 1L, "CREQB", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void higherEducationIsAShareOfTheNineteenToTwentyOneCohort(String engine) throws Exception {
    assertThat(stores.figure(engine, "CL06", "2024-25").value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void adoptionTimelinessIsWorkedInDays(String engine) throws Exception {
    // A1: 1 Apr 2022 to 1 Oct 2024 = 365 + 366 + 183 = 914; A2: 1 Jan 2023 to 1 Jan 2025 = 731.
    assertThat(stores.figure(engine, "AD09", "2024-25").value()).isEqualTo(822.5);
    // A1: 1 Sep 2023 to 1 Mar 2024 = 182; A2: 10 Jan to 10 Jun 2024 = 152. Mean 167.
    assertThat(stores.figure(engine, "AD06", "2024-25").value()).isEqualTo(167.0);
    // Entering care to decision. A1: 1 Apr 2022 to 1 Sep 2023 = 365 + 153 = 518; A2: 1 Jan 2023
    // to 10 Jan 2024 = 374. Mean 446.
    assertThat(stores.figure(engine, "AD05", "2024-25").value()).isEqualTo(446.0);
    // Placed for adoption to the order. A1: 1 Jun 2023 to 1 Oct 2024 = 366 + 122 = 488; A2 was
    // never placed for adoption, so it is left out.
    // A1 over the three years to 31 March 2025: A1 entered care 1 Apr 2022 and was placed for
    // adoption 1 Jun 2023, 365 + 61 = 426 days; A2 had no placement for adoption, left out.
    Figure a1 = stores.figure(engine, "AD01", "2024-25");
    assertThat(a1.value()).isEqualTo(426.0);
    assertThat(a1.denominator()).isEqualTo(1.0);
    // A3: 1 Jun 2023 is exactly 14 months after 1 Apr 2022, which is not less than 14 months.
    Figure a3 = stores.figure(engine, "AD04", "2024-25");
    assertThat(a3.numerator()).isZero();
    assertThat(a3.denominator()).isEqualTo(1.0);
    Figure placed = stores.figure(engine, "AD08", "2024-25");
    assertThat(placed.value()).isEqualTo(488.0);
    assertThat(placed.denominator()).isEqualTo(1.0);
  }
}
