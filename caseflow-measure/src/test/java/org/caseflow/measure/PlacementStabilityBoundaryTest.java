package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A third placement starting on 31 March counts in 2024-25; one starting on 1 April does not.
 *
 * <pre>
 * K8  S 2024-05-01 U4 ..X1 2024-09-01; P U5 ..X1 2025-03-31; P 2025-03-31 U6 open   3 placements
 * K9  S 2024-05-01 U4 ..X1 2024-09-01; P U5 ..X1 2025-04-01; P 2025-04-01 U6 open   2 placements
 * </pre>
 */
@Covers({"LA12"})
class PlacementStabilityBoundaryTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              r.episode("K8", "S", "2024-05-01", "U4", "2024-09-01", "X1");
              r.episode("K8", "P", "2024-09-01", "U5", "2025-03-31", "X1");
              r.episode("K8", "P", "2025-03-31", "U6", null, null);
              r.episode("K9", "S", "2024-05-01", "U4", "2024-09-01", "X1");
              r.episode("K9", "P", "2024-09-01", "U5", "2025-04-01", "X1");
              // The 2026 return repeats what was open on 1 April 2025, as a real one would.
              f.year(2026);
              r.episode("K8", "P", "2025-03-31", "U6", null, null);
              r.episode("K9", "P", "2024-09-01", "U5", "2025-04-01", "X1");
              r.episode("K9", "P", "2025-04-01", "U6", null, null);
            });
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aThirdPlacementOnTheLastDayCountsAndOneOnTheFirstOfAprilAfterDoesNot(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "LA12", "2024-25");
    assertThat(f.members())
        .extracting(Member::childId, Member::measure)
        .containsExactly(Tuple.tuple("K8", 3.0), Tuple.tuple("K9", 2.0));
    assertThat(f.value()).isEqualTo(50.0);
  }
}
