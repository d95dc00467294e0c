package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LA15 and LA16, from the PL_LOCATION and PL_DISTANCE the import derives, worked by hand for
 * 2024-25 (council 808):
 *
 * <pre>
 * D1  S 2024-01-01 open, OUT, 20.1 miles                 LA15 numerator
 * D2  S 2024-01-01 open, OUT, 20.0 miles                 not more than 20
 * D3  S 2024-01-01 open, IN, 35.0 miles                  inside the council
 * D4  S 2024-01-01 open, OUT, distance not known         denominator only
 * D5  S 2024-01-01 ..2025-03-31, OUT, 50.0 miles         not looked after at the end
 * D6  S 2025-03-01 open V3 short break, OUT, 50.0 miles  excluded from both
 * D7  S 2024-01-01 OUT 40.0 ..2024-10-01; P 2024-10-01 open, IN 5.0
 * N1, N7  S 2024-05-01 ..2024-06-01, OUT 25.0            LA16 outside, more than 20
 * N2  S 2024-05-01 ..2024-06-01, OUT 20.0                LA16 outside, 20 or less
 * N3  S 2024-05-01 ..2024-06-01, IN 20.1                 LA16 inside, more than 20
 * N4  S 2024-05-01 ..2024-06-01, OUT, no distance        LA16 not known
 * N5  L 2024-05-01 ..2024-06-01, OUT 30.0                a legal change only: no new placement
 * N6  S 2024-03-31 ..2024-06-01, OUT 30.0                started before the year
 * </pre>
 *
 * LA15: looked after on 31 March 2025 D1, D2, D3, D4, D7 = 5; outside and more than 20 miles D1 =
 * 1; 1 / 5 = 20.0%. LA16: placements starting in 2024-25: D7's second (inside, 20 or less), N1, N7
 * (outside, more than 20), N2 (outside, 20 or less), N3 (inside, more than 20), N4 (not known) = 6.
 */
@Covers({"LA15", "LA16"})
class PlacementDistanceIndicatorTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Object[][] rows = {
                {"D1", "S", "2024-01-01", null, "C2", "OUT", 20.1},
                {"D2", "S", "2024-01-01", null, "C2", "OUT", 20.0},
                {"D3", "S", "2024-01-01", null, "C2", "IN", 35.0},
                {"D4", "S", "2024-01-01", null, "C2", "OUT", null},
                {"D5", "S", "2024-01-01", "2025-03-31", "C2", "OUT", 50.0},
                {"D6", "S", "2025-03-01", null, "V3", "OUT", 50.0},
                {"D7", "S", "2024-01-01", "2024-10-01", "C2", "OUT", 40.0},
                {"D7", "P", "2024-10-01", null, "C2", "IN", 5.0},
                {"N1", "S", "2024-05-01", "2024-06-01", "C2", "OUT", 25.0},
                {"N7", "S", "2024-05-01", "2024-06-01", "C2", "OUT", 25.0},
                {"N2", "S", "2024-05-01", "2024-06-01", "C2", "OUT", 20.0},
                {"N3", "S", "2024-05-01", "2024-06-01", "C2", "IN", 20.1},
                {"N4", "S", "2024-05-01", "2024-06-01", "C2", "OUT", null},
                {"N5", "L", "2024-05-01", "2024-06-01", "C2", "OUT", 30.0},
                {"N6", "S", "2024-03-31", "2024-06-01", "C2", "OUT", 30.0},
              };
              for (Object[] r : rows) {
                f.add(
                    CLA_EPISODE,
                    "child_id",
                    r[0],
                    "reason_new_episode",
                    r[1],
                    "start_date",
                    r[2],
                    "end_date",
                    r[3],
                    "reason_ceased",
                    r[3] == null ? null : "X1",
                    "legal_status",
                    r[4],
                    "placement_type",
                    "U4",
                    "placement_location",
                    r[5],
                    "placement_distance",
                    r[6]);
              }
            });
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void placementsOutsideTheCouncilAndMoreThanTwentyMilesAwayAreAShareOfThoseLookedAfter(
      String engine) throws Exception {
    Figure f = stores.figure(engine, "LA15", "2024-25");
    assertThat(f.denominator()).isEqualTo(5.0);
    assertThat(f.numerator()).isEqualTo(1.0);
    assertThat(f.value()).isCloseTo(20.0, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void newPlacementsAreCountedByLocationBand(String engine) throws Exception {
    Figure f = stores.figure(engine, "LA16", "2024-25");
    assertThat(f.denominator()).isEqualTo(6.0);
    assertThat(f.breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "Inside, 20 miles or less", 1L,
                    "Inside, more than 20 miles", 1L,
                    "Not known", 1L,
                    "Outside, 20 miles or less", 1L,
                    "Outside, more than 20 miles", 2L)));
  }
}
