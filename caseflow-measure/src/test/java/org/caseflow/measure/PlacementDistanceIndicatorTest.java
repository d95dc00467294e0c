package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LA15, children looked after at 31 March 2025 placed outside the council and more than 20 miles
 * from home, from the PL_LOCATION and PL_DISTANCE the import derives, worked by hand:
 *
 * <pre>
 * D1  open, OUT, 20.1 miles                           numerator
 * D2  open, OUT, 20.0 miles                           not more than 20
 * D3  open, IN, 35.0 miles                            inside the council
 * D4  open, OUT, distance not known                   denominator only
 * D5  ceased 31 March 2025, OUT, 50.0 miles           not looked after at the end
 * D6  V3 short break, OUT, 50.0 miles                 excluded
 * D7  OUT 40.0 until 1 October 2024, then IN 5.0      the current placement counts
 * </pre>
 *
 * Denominator D1, D2, D3, D4, D7 = 5; numerator D1 = 1; 1 / 5 = 20.0%.
 */
class PlacementDistanceIndicatorTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Object[][] rows = {
                {"D1", "2024-01-01", null, "C2", "OUT", 20.1},
                {"D2", "2024-01-01", null, "C2", "OUT", 20.0},
                {"D3", "2024-01-01", null, "C2", "IN", 35.0},
                {"D4", "2024-01-01", null, "C2", "OUT", null},
                {"D5", "2024-01-01", "2025-03-31", "C2", "OUT", 50.0},
                {"D6", "2025-03-01", null, "V3", "OUT", 50.0},
                {"D7", "2024-01-01", "2024-10-01", "C2", "OUT", 40.0},
                {"D7", "2024-10-01", null, "C2", "IN", 5.0},
              };
              for (Object[] r : rows) {
                f.add(
                    CLA_EPISODE,
                    "child_id",
                    r[0],
                    "reason_new_episode",
                    r[2] == null && r[0].equals("D7") ? "P" : "S",
                    "start_date",
                    r[1],
                    "end_date",
                    r[2],
                    "reason_ceased",
                    r[2] == null ? null : "X1",
                    "legal_status",
                    r[3],
                    "placement_type",
                    "U4",
                    "placement_location",
                    r[4],
                    "placement_distance",
                    r[5]);
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
}
