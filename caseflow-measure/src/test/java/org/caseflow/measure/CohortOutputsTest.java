package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;

import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OC2 and OC3 cohort measures for 2024-25 (collection year 2025, ages on 31 March 2025). */
@Covers({"LA18", "CL01", "CL02", "CL04", "CL05", "CL07"})
class CohortOutputsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              leaver(f, "L1", "2005-04-01", "YES", "F2", "U1"); // 19
              leaver(f, "L2", "2004-03-31", "YES", "G5", "W2"); // 21 on the day
              leaver(f, "L3", "2004-03-30", "DIED", "0", "0"); // 21, died: excluded
              leaver(f, "L4", "2003-03-31", "YES", "F1", "U1"); // 22: outside the cohort
              leaver(f, "L5", "2007-01-01", "YES", "F5", "B1"); // 18: the younger cohort
              leaver(f, "L6", "2005-06-01", "NO", "G6", "U1"); // 19
              f.add(HEALTH_OUTCOME, "child_id", "H1", "health_assessment", true);
              f.add(HEALTH_OUTCOME, "child_id", "H2", "health_assessment", true);
              f.add(HEALTH_OUTCOME, "child_id", "H3", "health_assessment", false);
              f.year(2024);
              f.add(HEALTH_OUTCOME, "child_id", "H9", "health_assessment", false);
              f.add(CARE_LEAVER, "child_id", "L1", "in_touch", "NO", "activity", "G5");
            });
  }

  private static void leaver(
      StoreFixture f, String child, String born, String inTouch, String activity, String accom) {
    f.add(CHILD, "source", "SSDA903", "child_id", child, "birth_date", born);
    f.add(
        CARE_LEAVER,
        "child_id",
        child,
        "in_touch",
        inTouch,
        "activity",
        activity,
        "accommodation",
        accom);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theNineteenToTwentyOneCohortIsByAgeOnThirtyFirstMarchLessThoseWhoDied(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "CL01", "2024-25");
    assertThat(f.members()).extracting(Member::childId).containsExactly("L1", "L2", "L6");
    // Suitable (ACCOM ending 1): L1, L6.
    assertThat(f.value()).isCloseTo(66.667, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void activityAndContactAreSharesOfTheSameCohort(String engine) throws Exception {
    assertThat(stores.figure(engine, "CL02", "2024-25").value()).isCloseTo(33.333, within(0.001));
    assertThat(stores.figure(engine, "CL05", "2024-25").value()).isCloseTo(66.667, within(0.001));
    assertThat(stores.figure(engine, "CL07", "2024-25").value()).isCloseTo(66.667, within(0.001));
    Figure younger = stores.figure(engine, "CL04", "2024-25");
    assertThat(younger.members()).extracting(Member::childId).containsExactly("L5");
    assertThat(younger.value()).isEqualTo(100.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void healthAssessmentsUseOnlyTheYearsOwnOc2Cohort(String engine) throws Exception {
    Figure f = stores.figure(engine, "LA18", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(3.0);
  }
}
