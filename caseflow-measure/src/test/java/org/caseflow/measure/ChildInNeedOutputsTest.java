package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Children in need outputs for 2024-25 (period end 31 March 2025). */
@Covers({"OC01", "OC01R", "OC03"})
class ChildInNeedOutputsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              // CIN episodes: open on 31 Mar 2025 are E1, E4, E6.
              r.cin("E1", "2024-01-01", null, false, "N1");
              r.cin("E2", "2024-06-01", "2025-03-31", false, "N1"); // closed on the last day
              r.cin("E3", "2025-03-31", null, true, "N4"); // no further action
              r.cin("E4", "2025-03-31", null, false, "N2"); // referred on the last day
              r.cin("E5", "2025-04-01", null, false, "N3"); // next year
              r.cin("E6", "2020-01-01", "2025-04-01", false, null); // closes the day after
            });
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenInNeedAtTheEndLeaveOutNfaAndEpisodesClosedOnTheLastDay(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "OC01", "2024-25");
    assertThat(f.members()).extracting(Member::childId).containsExactly("E1", "E4", "E6");
    assertThat(stores.figure(engine, "OC03", "2024-25").breakdown())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("N1", 1L, "N2", 1L, "Not recorded", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theChildInNeedRateIsPerTenThousandChildren(String engine) throws Exception {
    // 3 / 45,079 x 10,000 = 0.66550
    assertThat(stores.figure(engine, "OC01R", "2024-25").value())
        .isCloseTo(0.66550, within(0.00001));
  }
}
