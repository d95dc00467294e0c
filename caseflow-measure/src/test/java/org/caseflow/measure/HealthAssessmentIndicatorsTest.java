package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.HEALTH_ASSESSMENT;

import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health assessments of looked-after children (HA01 to HA03), worked by hand. Working days are
 * counted after the day the child became looked after, up to and including the completion day;
 * weekends and England and Wales bank holidays are left out.
 *
 * <pre>
 * child  looked after      IHA completed     working days
 * H1     Fri 2024-12-13    Wed 2025-01-15    20: Dec 16-20 (5), 23, 24 (7), 25 and 26 Dec bank
 *                                            holidays, 27, 30, 31 (10), 1 Jan bank holiday,
 *                                            Jan 2, 3 (12), 6-10 (17), 13, 14, 15 (20): in time
 *                                            (a calendar count ignoring the holidays says 23)
 * H2     Fri 2024-12-13    Thu 2025-01-16    21: late for 20, in time for 35
 * H8     Fri 2024-12-13    Wed 2025-02-05    35: Jan 16, 17 (22), 20-24 (27), 27-31 (32),
 *                                            Feb 3, 4, 5 (35)
 * H9     Fri 2024-12-13    Thu 2025-02-06    36: late for both
 * H3     Mon 2025-03-24    Wed 2025-04-23    20: Mar 25-28 (4), 31 (5), Apr 1-4 (9), 7-11 (14),
 *                                            14-17 (18), Good Friday 18 and Easter Monday 21
 *                                            bank holidays, 22, 23 (20): in time
 * H4     Mon 2024-06-03    Thu 2024-08-01    43: Jun 4-7 (4), 10-14, 17-21, 24-28 (19), Jul 1-5
 *                                            (24), 8-12, 15-19 (34), 22-26 (39), 29-31 (42),
 *                                            Aug 1 (43): late for both
 * H5     Tue 2024-10-01    none in 2025's file; the 2026 file (a later batch holding the
 *                          child) says 2025-05-01: late for both, counted once
 * H6     Thu 2025-03-20    none              7 working days to 31 March (21, 24-28, 31): still
 *                                            in time, left out of both counts
 * H7     Thu 2024-03-28    2024-04-10        became looked after in 2023-24: not in 2024-25
 *
 * 2024-25: denominator H1, H2, H3, H4, H5, H8, H9 = 7
 *   HA01 within 20: H1, H3 = 2 of 7 = 28.5714%
 *   HA02 within 35: H1, H2, H3, H8 = 4 of 7 = 57.1429%
 * 2024-25-Q3 (Oct to Dec): H1, H2, H5, H8, H9; HA01: H1 = 1 of 5 = 20%
 * 2024-25-Q4 (Jan to Mar): H3 (in time) and H6 (left out): HA01 1 of 1 = 100%
 *
 * review  due          completed
 * H4      2024-12-01   2024-11-20   on time
 * C10     2024-06-30   2024-06-30   on time (on the due date)
 * C11     2024-09-15   2024-09-16   late
 * C12     2025-02-10   none         late
 * C13     2025-04-05   none         due in 2025-26: not counted
 * HA03 2024-25: 2 of 4 = 50%
 * </pre>
 */
@Covers({"HA01", "HA02", "HA03"})
class HealthAssessmentIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2025);
              initial(f, "H1", "2024-12-13", "2025-01-15");
              initial(f, "H2", "2024-12-13", "2025-01-16");
              initial(f, "H8", "2024-12-13", "2025-02-05");
              initial(f, "H9", "2024-12-13", "2025-02-06");
              initial(f, "H3", "2025-03-24", "2025-04-23");
              initial(f, "H4", "2024-06-03", "2024-08-01");
              initial(f, "H5", "2024-10-01", null);
              initial(f, "H6", "2025-03-20", null);
              initial(f, "H7", "2024-03-28", "2024-04-10");
              review(f, "H4", "2024-06-03", "2024-12-01", "2024-11-20");
              review(f, "C10", "2023-12-29", "2024-06-30", "2024-06-30");
              review(f, "C11", "2023-09-15", "2024-09-15", "2024-09-16");
              review(f, "C12", "2022-08-10", "2025-02-10", null);
              review(f, "C13", "2024-10-05", "2025-04-05", null);
              f.year(2026);
              initial(f, "H5", "2024-10-01", "2025-05-01");
            });
  }

  private static void initial(StoreFixture f, String child, String lookedAfter, String done) {
    f.add(
        HEALTH_ASSESSMENT,
        "child_id",
        child,
        "looked_after_date",
        lookedAfter,
        "assessment",
        "initial",
        "requested_date",
        lookedAfter,
        "completed_date",
        done);
  }

  private static void review(
      StoreFixture f, String child, String lookedAfter, String due, String done) {
    f.add(
        HEALTH_ASSESSMENT,
        "child_id",
        child,
        "looked_after_date",
        lookedAfter,
        "assessment",
        "review",
        "due_date",
        due,
        "completed_date",
        done);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anAssessmentOnTheTwentiethWorkingDayAfterChristmasOrEasterIsInTime(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "HA01", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(7.0);
    assertThat(f.value()).isCloseTo(28.5714, within(1e-4));
    assertThat(stores.figure(engine, "HA01", "2024-25-Q3").value()).isEqualTo(20.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void within35WorkingDaysCountsTheThirtyFifthDayAndNotTheThirtySixth(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "HA02", "2024-25");
    assertThat(f.numerator()).isEqualTo(4.0);
    assertThat(f.denominator()).isEqualTo(7.0);
    assertThat(f.value()).isCloseTo(57.1429, within(1e-4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildStillWithinTheTwentyDaysAtThePeriodEndIsLeftOut(String engine) throws Exception {
    Figure f = stores.figure(engine, "HA01", "2024-25-Q4");
    assertThat(f.numerator()).isEqualTo(1.0);
    assertThat(f.denominator()).isEqualTo(1.0);
    assertThat(f.value()).isEqualTo(100.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reviewsDueInThePeriodAreOnTimeWhenCompletedByTheDueDate(String engine) throws Exception {
    Figure f = stores.figure(engine, "HA03", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(50.0);
  }
}
