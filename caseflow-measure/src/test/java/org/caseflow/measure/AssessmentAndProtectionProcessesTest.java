package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.CP_REVIEW;
import static org.caseflow.domain.schema.Table.SECTION47;

import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Processes (PR01 to PR11) for 2024-25 on a fixture worked by hand. Working days are counted after
 * the start date up to and including the end date, without weekends and England and Wales bank
 * holidays.
 */
@Covers({"PR01", "PR02", "PR03", "PR04", "PR06", "PR07", "PR08", "PR09", "PR11"})
class AssessmentAndProtectionProcessesTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              episode(f, "A1", "2024-01-01");
              // Mon 23 Dec 2024 to Fri 3 Jan 2025: 24, 27, 30, 31 Dec, 2, 3 Jan = 6 WD.
              assessment(f, "A1", 1, "2024-12-23", "2025-01-03");
              // Mon 6 Jan to Mon 10 Mar 2025: nine whole weeks, no bank holidays = 45 WD.
              assessment(f, "A1", 2, "2025-01-06", "2025-03-10");
              // One day more: 46 WD, late.
              assessment(f, "A1", 3, "2025-01-06", "2025-03-11");
              // Authorised 1 April 2025: next year. Still open on 31 March: 1 WD old.
              assessment(f, "A1", 4, "2025-03-28", "2025-04-01");
              // Mon 25 Mar to Mon 1 Apr 2024 over Easter: 26, 27, 28 Mar (29 Mar Good Friday,
              // 1 Apr Easter Monday) = 3 WD.
              assessment(f, "A1", 5, "2024-03-25", "2024-04-01");
              // Started Mon 2 Dec 2024, never authorised: on 31 Mar 2025 it is 19 (Dec) + 22
              // (Jan) + 20 (Feb) + 21 (Mar) = 82 WD old.
              assessment(f, "A1", 6, "2024-12-02", null);

              episode(f, "S1", "2024-01-01");
              // 1 Apr 2024 (Easter Monday) to Mon 22 Apr: 2-5, 8-12, 15-19, 22 Apr = 15 WD.
              s47(f, "S1", "2024-04-01", "2024-04-22", false);
              // To Tue 23 Apr: 16 WD, late.
              s47(f, "S1", "2024-04-01", "2024-04-23", false);
              // Started in the year, conference next year: counts as leading to an ICPC.
              s47(f, "S1", "2025-03-20", "2025-04-03", false);
              // Conference judged not required.
              s47(f, "S1", "2024-06-01", null, true);
              // Started the year before; conference Wed 10 Apr 2024: 26, 27, 28 Mar, 2-5, 8, 9,
              // 10 Apr = 10 WD.
              s47(f, "S1", "2024-03-25", "2024-04-10", false);
              // A transfer-in conference recorded on the episode.
              f.add(
                  CIN_EPISODE,
                  "child_id",
                  "T1",
                  "episode_no",
                  1,
                  "referral_date",
                  "2024-08-01",
                  "icpc_date",
                  "2024-09-02");

              episode(f, "R1", "2024-01-01");
              // First review within 3 months; the second exactly 6 months after the first.
              plan(f, "R1", 1, "2024-06-01", "2024-08-30", "2025-02-28");
              // First review a day late (due by 1 Sep 2024).
              plan(f, "R1", 2, "2024-06-01", "2024-09-02");
              // On a plan exactly 3 months at 31 March: in the cohort, first review not yet due.
              plan(f, "R1", 3, "2024-12-31");
              // On a plan under 3 months: not in the cohort.
              plan(f, "R1", 4, "2025-01-01");
              // Reviews on time, next due 9 Apr 2025.
              plan(f, "R1", 5, "2024-01-10", "2024-04-10", "2024-10-09");
              // Second review overdue since 1 Oct 2024.
              plan(f, "R1", 6, "2024-01-10", "2024-04-01");
            });
  }

  private static void episode(StoreFixture f, String child, String referral) {
    f.add(CIN_EPISODE, "child_id", child, "episode_no", 1, "referral_date", referral);
  }

  private static void assessment(
      StoreFixture f, String child, int no, String start, String authorised) {
    f.add(
        ASSESSMENT,
        "child_id",
        child,
        "episode_no",
        1,
        "assessment_no",
        no,
        "start_date",
        start,
        "authorisation_date",
        authorised);
  }

  private static void s47(
      StoreFixture f, String child, String start, String icpc, boolean notRequired) {
    f.add(
        SECTION47,
        "child_id",
        child,
        "episode_no",
        1,
        "start_date",
        start,
        "icpc_date",
        icpc,
        "icpc_not_required",
        notRequired);
  }

  private static void plan(StoreFixture f, String child, int no, String start, String... reviews) {
    f.add(CP_PLAN, "child_id", child, "episode_no", 1, "plan_no", no, "start_date", start);
    for (String r : reviews) {
      f.add(CP_REVIEW, "child_id", child, "episode_no", 1, "plan_no", no, "review_date", r);
    }
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void assessmentsAuthorisedInTheYearAreCountedByAuthorisationDate(String engine) throws Exception {
    // Assessments 1, 2, 3 and 5 were authorised in 2024-25.
    assertThat(stores.figure(engine, "PR01", "2024-25").value()).isEqualTo(4.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void fortyFiveWorkingDaysIsOnTimeAndFortySixIsLateAcrossChristmasAndEaster(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "PR02", "2024-25");
    // 6, 45 and 3 working days are on time; 46 is late: 3 of 4 = 75%.
    assertThat(f.numerator()).isEqualTo(3.0);
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(75.0);
    // Members come in child and date order: authorised 1 Apr 2024, 3 Jan, 10 Mar, 11 Mar 2025.
    assertThat(f.members()).extracting(Member::measure).containsExactly(3.0, 6.0, 45.0, 46.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theMedianDurationIsTheMiddleOfTheWorkingDays(String engine) throws Exception {
    // Durations 3, 6, 45, 46: median (6 + 45) / 2 = 25.5.
    assertThat(stores.figure(engine, "PR03", "2024-25").value()).isEqualTo(25.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theMedianCarriesItsOwnCountNotTheNumeratorOfTheIndicatorItSharesAQueryWith(String engine)
      throws Exception {
    // PR03 reads PR02's query: PR02 counts 3 of 4 within 45 working days (3, 6, 45; not 46).
    // The median has no numerator; its count is the 4 assessments it is the middle of.
    Figure pr02 = stores.figure(engine, "PR02", "2024-25");
    assertThat(pr02.numerator()).isEqualTo(3.0);
    Figure pr03 = stores.figure(engine, "PR03", "2024-25");
    assertThat(pr03.numerator()).isNull();
    assertThat(pr03.denominator()).isEqualTo(4.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void openAssessmentsPastFortyFiveWorkingDaysAreCountedOnTheLastDay(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "PR04", "2024-25");
    // Open on 31 Mar 2025: assessment 4 (1 WD) and 6 (82 WD): 1 of 2.
    assertThat(f.members()).extracting(Member::measure).containsExactlyInAnyOrder(1.0, 82.0);
    assertThat(f.value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void section47EnquiriesAndTheShareLeadingToAConference(String engine) throws Exception {
    // Started in 2024-25: 1 Apr (twice), 20 Mar 2025, 1 Jun = 4; 3 led to a conference.
    assertThat(stores.figure(engine, "PR06", "2024-25").value()).isEqualTo(4.0);
    assertThat(stores.figure(engine, "PR07", "2024-25").value()).isEqualTo(75.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void conferencesIncludeTransfersInAndFifteenWorkingDaysIsOnTime(String engine) throws Exception {
    // Conferences held in 2024-25: 22 Apr, 23 Apr, 10 Apr and the transfer-in = 4.
    assertThat(stores.figure(engine, "PR08", "2024-25").value()).isEqualTo(4.0);
    Figure f = stores.figure(engine, "PR09", "2024-25");
    // After an S47: 15 WD (on time), 16 WD (late), 10 WD (on time): 2 of 3.
    assertThat(f.members()).extracting(Member::measure).containsExactlyInAnyOrder(15.0, 16.0, 10.0);
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.value()).isCloseTo(66.667, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void plansAreReviewedOnTimeOnlyIfEveryReviewWasAndNoneIsOverdue(String engine) throws Exception {
    Figure f = stores.figure(engine, "PR11", "2024-25");
    // Cohort: plans 1, 2, 3, 5, 6 (plan 4 is under 3 months). On time: 1, 3, 5 = 3 of 5.
    assertThat(f.denominator()).isEqualTo(5.0);
    assertThat(f.numerator()).isEqualTo(3.0);
    assertThat(f.value()).isEqualTo(60.0);
  }
}
