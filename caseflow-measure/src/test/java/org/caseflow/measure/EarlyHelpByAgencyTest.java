package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.AA_EARLY_HELP;
import static org.caseflow.domain.schema.Table.EARLY_HELP_TARGET;

import java.util.Map;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Early help assessments by completing organisation against targets (EH01 to EH03), 2024-25:
 *
 * <pre>
 * assessment  completed   organisation
 * E1          2024-05-01  Hospital trust
 * E2          2024-06-01  Hospital trust
 * E3          2024-07-01  Children's centre
 * E4          2025-04-02  Hospital trust        next year
 * E5          2024-08-01  (not recorded)
 *
 * targets 2024-25: Hospital trust 4 (stretch 5); Children's centre 2 (stretch 3)
 * targets 2025-26: Hospital trust 100 (stretch 120): a different year, never summed in
 * </pre>
 */
@Covers({"EH01", "EH02", "EH03"})
class EarlyHelpByAgencyTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2025);
              assessment(f, "E1", "2024-05-01", "Hospital trust");
              assessment(f, "E2", "2024-06-01", "Hospital trust");
              assessment(f, "E3", "2024-07-01", "Children's centre");
              assessment(f, "E4", "2025-04-02", "Hospital trust");
              assessment(f, "E5", "2024-08-01", null);
              target(f, "2024-04-01", "Hospital trust", 4, 5);
              target(f, "2024-04-01", "Children's centre", 2, 3);
              target(f, "2025-04-01", "Hospital trust", 100, 120);
            });
  }

  private static void assessment(StoreFixture f, String child, String done, String org) {
    f.add(
        AA_EARLY_HELP,
        "child_id",
        child,
        "start_date",
        "2024-04-01",
        "completion_date",
        done,
        "organisation",
        org);
  }

  private static void target(StoreFixture f, String year, String org, int target, int stretch) {
    f.add(
        EARLY_HELP_TARGET,
        "year_start",
        year,
        "organisation",
        org,
        "target",
        target,
        "stretch_target",
        stretch);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void assessmentsAreCountedByTheOrganisationThatCompletedThem(String engine) throws Exception {
    Figure f = stores.figure(engine, "EH01", "2024-25");
    assertThat(f.value()).isEqualTo(4.0);
    assertThat(f.breakdown())
        .isEqualTo(Map.of("Hospital trust", 2L, "Children's centre", 1L, "not recorded", 1L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void assessmentsAreMeasuredAgainstTheYearsTargetAndStretchTarget(String engine) throws Exception {
    // 4 of the targets 4 + 2 = 6: 66.6667%; of the stretch targets 5 + 3 = 8: 50%.
    assertThat(stores.figure(engine, "EH02", "2024-25").value()).isCloseTo(66.6667, within(1e-4));
    assertThat(stores.figure(engine, "EH03", "2024-25").value()).isEqualTo(50.0);
    // A quarter shows progress towards the annual target: Q1 (E1, E2) = 2 of 6 = 33.3333%.
    assertThat(stores.figure(engine, "EH02", "2024-25-Q1").value())
        .isCloseTo(33.3333, within(1e-4));
  }
}
