package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.UASC;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Looked-after children for 2024-25, worked by hand:
 *
 * <pre>
 * K1  S 2023-06-01 C2 U4 ..X1 2024-06-01; P 2024-06-01 C2 U6 open        placements 2
 * K2  V3 short breaks only                                                excluded everywhere
 * K3  S 2024-04-01 V2 U4 ..X1 2024-08-01; P U5 ..X1 2024-12-01; B C2 K2   placements 3
 * K4  S 2024-04-10 V2 U1 ..E4A 2024-09-01; S 2024-11-01 C1 U4 ..E11 2025-03-31
 * K5  S 2022-01-01 C2 U4 ..E45 2025-02-01
 * K6  born 2006-06-01; S 2020-01-01 C2 U4 ..E17 2024-06-01 (18th birthday)
 * K7  S 2023-01-01 ..X1; P 2024-02-01 E1 U4 ..X1 2024-07-01; T 2024-07-01 E1 A3 open
 * </pre>
 */
@Covers({
  "LA01", "LA02", "LA03", "LA03B", "LA04", "LA05", "LA07", "LA08", "LA09", "LA10", "LA11", "LA12",
  "LA27"
})
class LookedAfterChildrenOutputsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              r.episode("K1", "S", "2023-06-01", "U4", "C2", "2024-06-01", "X1");
              r.episode("K1", "P", "2024-06-01", "U6", "C2", null, null);
              r.episode("K2", "S", "2024-05-01", "U4", "V3", "2024-05-03", "E8");
              r.episode("K2", "S", "2025-03-01", "U4", "V3", null, null);
              r.episode("K3", "S", "2024-04-01", "U4", "V2", "2024-08-01", "X1");
              r.episode("K3", "P", "2024-08-01", "U5", "V2", "2024-12-01", "X1");
              r.episode("K3", "B", "2024-12-01", "K2", "C2", null, null);
              r.episode("K4", "S", "2024-04-10", "U1", "V2", "2024-09-01", "E4A");
              r.episode("K4", "S", "2024-11-01", "U4", "C1", "2025-03-31", "E11");
              r.episode("K5", "S", "2022-01-01", "U4", "C2", "2025-02-01", "E45");
              r.episode("K6", "S", "2020-01-01", "U4", "C2", "2024-06-01", "E17");
              r.episode("K7", "S", "2023-01-01", "U4", "C2", "2024-02-01", "X1");
              r.episode("K7", "P", "2024-02-01", "U4", "E1", "2024-07-01", "X1");
              r.episode("K7", "T", "2024-07-01", "A3", "E1", null, null);
              r.child("K4", "2015-05-05");
              r.child("K5", "2010-02-02");
              r.child("K6", "2006-06-01");
              f.add(UASC, "child_id", "K3");
              f.add(
                  MISSING_EPISODE,
                  "child_id",
                  "K1",
                  "missing_type",
                  "M",
                  "start_date",
                  "2024-03-30",
                  "end_date",
                  "2024-04-02");
              f.add(
                  MISSING_EPISODE,
                  "child_id",
                  "K3",
                  "missing_type",
                  "A",
                  "start_date",
                  "2024-09-01",
                  "end_date",
                  "2024-09-02");
            });
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenLookedAfterAtTheEndLeaveOutShortBreaksAndCeasingOnTheLastDay(String engine)
      throws Exception {
    assertThat(stores.figure(engine, "LA01", "2024-25").members())
        .extracting(Member::childId)
        .containsExactly("K1", "K3", "K7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildStartingTwiceIsCountedOnceOnTheFirstStart(String engine) throws Exception {
    Figure f = stores.figure(engine, "LA02", "2024-25");
    assertThat(f.members())
        .extracting(Member::childId, m -> m.eventDate().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("K3", "2024-04-01"),
            org.assertj.core.groups.Tuple.tuple("K4", "2024-04-10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void onlyTheLastCeasingPerChildCountsAndX1IsNotACeasing(String engine) throws Exception {
    Figure f = stores.figure(engine, "LA03", "2024-25");
    assertThat(f.members())
        .extracting(Member::childId, m -> m.eventDate().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("K4", "2025-03-31"),
            org.assertj.core.groups.Tuple.tuple("K5", "2025-02-01"),
            org.assertj.core.groups.Tuple.tuple("K6", "2024-06-01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reasonsForCeasingAreJudgedOnTheLastOccasion(String engine) throws Exception {
    assertThat(stores.figure(engine, "LA04", "2024-25").value()).isCloseTo(33.333, within(0.001));
    assertThat(stores.figure(engine, "LA05", "2024-25").value()).isCloseTo(33.333, within(0.001));
    // K4 first went home (E4A) but was then adopted: not counted as returned home.
    assertThat(stores.figure(engine, "LA07", "2024-25").value()).isEqualTo(0.0);
    assertThat(stores.figure(engine, "LA03B", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "Adopted", 1L,
                    "Special guardianship order", 1L,
                    "Remained with carers (18 or over)", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void ceasingOnTheEighteenthBirthdayCountsAsEighteenOrOver(String engine) throws Exception {
    Figure f = stores.figure(engine, "LA08", "2024-25");
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("K6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenLookedAfterByLegalStatusAndPlacementGroup(String engine) throws Exception {
    assertThat(stores.figure(engine, "LA10", "2024-25").breakdown())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("Care order", 2L, "Placement order", 1L)));
    assertThat(stores.figure(engine, "LA11", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "Foster placements", 1L,
                    "Placed for adoption", 1L,
                    "Secure units and children's homes", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void threePlacementsCountTheOneOpenOnTheFirstDayButNotAMoveToAdoptionWithTheFosterCarer(
      String engine) throws Exception {
    Figure f = stores.figure(engine, "LA12", "2024-25");
    // K1: open on 1 Apr + P = 2; K3: S + P + B = 3; K7: open on 1 Apr, T to A3 not counted = 1.
    assertThat(f.members())
        .extracting(Member::childId, Member::measure)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("K1", 2.0),
            org.assertj.core.groups.Tuple.tuple("K3", 3.0),
            org.assertj.core.groups.Tuple.tuple("K7", 1.0));
    assertThat(f.value()).isCloseTo(33.333, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void uascAndMissingAreSharesOfTheRightPopulations(String engine) throws Exception {
    assertThat(stores.figure(engine, "LA09", "2024-25").value()).isCloseTo(33.333, within(0.001));
    // Looked after at some time in 2024-25 (not short breaks): K1, K3, K4, K5, K6, K7 = 6.
    // Missing (M) overlapping the year: K1 (30 Mar to 2 Apr 2024). K3 was away (A), not missing.
    Figure missing = stores.figure(engine, "LA27", "2024-25");
    assertThat(missing.denominator()).isEqualTo(6.0);
    assertThat(missing.numerator()).isEqualTo(1.0);
  }
}
