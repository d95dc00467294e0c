package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.AA_CARE_LEAVER;
import static org.caseflow.domain.schema.Table.AA_CHILD_IN_CARE;
import static org.caseflow.domain.schema.Table.AA_CHILD_IN_NEED;
import static org.caseflow.domain.schema.Table.AA_CHILD_PROTECTION;
import static org.caseflow.domain.schema.Table.AA_SECTION47;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.CASELOAD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.CP_REVIEW;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.SECTION47;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every exception list on a hand-made fixture, reference date Monday 31 March 2025 (collection year
 * 2025), on both engines: for each timescale a child just inside it (not listed) and one just
 * outside (listed). No bank holiday falls between 24 January and 31 March 2025.
 *
 * <p>Working days after a date up to and including 31 March 2025, counted back from it: 31 Mar (1),
 * 28 (2), 27 (3), 26 (4), 25 (5), 24 (6), 21 (7), 20 (8), 19 (9), 18 (10), 17 (11), 14 (12), 13
 * (13), 12 (14), 11 (15), 10 (16), 7 (17), 6 (18), 5 (19), 4 (20), 3 (21), 28 Feb (22). So after 10
 * March: 15; after 7 March: 16; after 17 March: 10; after 14 March: 11; after 3 March: 20; after 28
 * February: 21. March has 21 working days and February 20, so after 31 January: 41; after 27
 * January: 41 + 4 (28 to 31 Jan) = 45; after 24 January: 41 + 5 = 46.
 */
class ExceptionListsTest {
  private static final LocalDate REF = LocalDate.of(2025, 3, 31);
  private static final ExceptionLists LISTS = ExceptionLists.load();
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              // ICPCs: 15 working days after the S47 start.
              s47(r, "I1", "2025-03-10", null, false); // 15 WD by 31 Mar: due that day, on time
              s47(r, "I2", "2025-03-07", null, false); // 16 WD: 1 over, due 28 Mar
              s47(r, "I3", "2025-02-03", "2025-03-03", false); // held
              s47(r, "I4", "2025-02-03", null, true); // not required
              r.child("I2", "2010-04-01"); // 14 on 31 Mar 2025 (15 the next day)
              // I2's worker is in Annex A list 5 without a team: the caseload extract gives it.
              r.add(
                  AA_SECTION47,
                  "child_id",
                  "I2",
                  "start_date",
                  "2025-03-07",
                  "allocated_worker",
                  "W9");
              r.add(
                  CASELOAD,
                  "month",
                  "2025-02-01",
                  "worker_id",
                  "W9",
                  "team",
                  "Old Team",
                  "fte",
                  1.0,
                  "open_cases",
                  10);
              r.add(
                  CASELOAD,
                  "month",
                  "2025-03-01",
                  "worker_id",
                  "W9",
                  "team",
                  "Team North",
                  "fte",
                  1.0,
                  "open_cases",
                  12);
              r.add(
                  CASELOAD,
                  "month",
                  "2025-04-01",
                  "worker_id",
                  "W9",
                  "team",
                  "Later Team",
                  "fte",
                  1.0,
                  "open_cases",
                  12);
              // Assessments: 45 working days after the start.
              assessment(r, "S1", "2025-01-27", null); // 45 WD: on time
              assessment(r, "S2", "2025-01-24", null); // 46 WD: 1 over, due 28 Mar
              assessment(r, "S3", "2025-01-01", "2025-03-01"); // authorised
              // CP plans: 18 months before 31 Mar 2025 is 30 Sep 2023.
              plan(r, "C1", 1, "2023-09-30", null); // 18 months on 30 Mar 2025: 1 day past
              plan(r, "C2", 1, "2023-10-01", null); // not yet 18 months
              review(r, "C1", "2025-03-01"); // reviewed: off the reviews list
              review(r, "C2", "2025-03-01");
              plan(r, "C3", 1, "2023-01-01", "2025-03-01"); // ended
              // CP reviews: first within 3 months, then 6.
              plan(r, "R1", 1, "2024-12-31", null); // first due 31 Mar 2025: on time
              plan(r, "R2", 1, "2024-12-30", null); // first due 30 Mar: 1 day over
              plan(r, "R3", 1, "2024-01-01", null);
              review(r, "R3", "2024-03-15");
              review(r, "R3", "2024-09-30"); // next due 30 Mar 2025: 1 day over
              plan(r, "R4", 1, "2024-01-01", null);
              review(r, "R4", "2024-03-15");
              review(r, "R4", "2024-10-01"); // next due 1 Apr 2025
              review(r, "R4", "2025-04-15"); // after the reference date: not counted
              // CP visits (Annex A list 7): 10 working days.
              cpVisit(r, "V1", "2025-03-17"); // 10 WD: on time
              cpVisit(r, "V2", "2025-03-14"); // 11 WD: 1 over, due 28 Mar
              // CIN (list 6): 20 working days; also unallocated cases.
              need(r, "N1", "2025-03-03", "c) Child in need plan", "SW A", null); // 20 WD
              need(r, "N2", "2025-02-28", "d) Open assessment", "SW A", null); // 21: 1 over
              need(r, "N3", "2024-06-01", "b) Child Protection plan", "SW A", null); // on a plan
              need(r, "U1", "2025-03-31", "c) Child in need plan", null, null); // unallocated
              need(r, "U2", "2025-03-31", "c) Child in need plan", " ", "2025-03-31"); // closed
              // Children in care (list 8): visits, health, dental, missing.
              inCare(r, "K1", "last_visit_date", "2025-02-17"); // 42 days: on time
              inCare(r, "K2", "last_visit_date", "2025-02-16"); // 43 days: due 30 Mar, 1 over
              inCare(
                  r,
                  "H1",
                  "birth_date",
                  "2020-06-01",
                  "last_health_assessment_date",
                  "2024-09-30"); // 4: 6 months, due 30 Mar: 1 over
              inCare(
                  r,
                  "H2",
                  "birth_date",
                  "2020-06-01",
                  "last_health_assessment_date",
                  "2024-10-01"); // due 1 Apr
              inCare(
                  r,
                  "H3",
                  "birth_date",
                  "2019-06-01",
                  "last_health_assessment_date",
                  "2024-03-30"); // 5: 12 months, due 30 Mar: 1 over
              inCare(
                  r,
                  "H4",
                  "birth_date",
                  "2019-06-01",
                  "last_health_assessment_date",
                  "2024-03-31"); // due 31 Mar: on time
              inCare(
                  r,
                  "H5",
                  "start_date",
                  "2025-03-03",
                  "last_visit_date",
                  "2025-03-31",
                  "last_health_assessment_date",
                  null,
                  "last_dental_check_date",
                  null);
              // H5: first due 20 WD after 3 Mar = 31 Mar: on time; dental due 3 Mar 2026
              inCare(
                  r,
                  "H6",
                  "start_date",
                  "2025-02-28",
                  "last_health_assessment_date",
                  null,
                  "last_dental_check_date",
                  null); // first due 20 WD after 28 Feb: 28 Mar
              inCare(r, "D1", "last_dental_check_date", "2024-03-30"); // due 30 Mar: 1 over
              inCare(r, "D2", "last_dental_check_date", "2024-03-31"); // due 31 Mar: on time
              inCare(r, "M1", "missing_last_12_months", 2, "return_interview_offered", false);
              inCare(r, "M2", "missing_last_12_months", 1, "return_interview_offered", true);
              r.add(
                  MISSING_EPISODE,
                  "child_id",
                  "M1",
                  "missing_type",
                  "M",
                  "start_date",
                  "2024-12-01",
                  "end_date",
                  "2024-12-02");
              r.add(
                  MISSING_EPISODE,
                  "child_id",
                  "M1",
                  "missing_type",
                  "M",
                  "start_date",
                  "2025-02-01",
                  "end_date",
                  "2025-02-03"); // 31 Mar less 3 Feb: 25 + 31 = 56
              // CLA reviews (SSDA903): 20 WD, then 3 months, then 6.
              r.episode("L1", "S", "2025-03-03", "U4", null, null); // first due 31 Mar
              r.episode("L2", "S", "2025-02-28", "U4", null, null); // due 28 Mar: 3 over
              r.episode("L3", "S", "2024-06-01", "U4", null, null);
              claReview(r, "L3", "2024-06-20");
              claReview(r, "L3", "2024-09-30"); // third due 30 Mar 2025: 1 over
              r.episode("L4", "S", "2024-06-01", "U4", null, null);
              claReview(r, "L4", "2024-06-20");
              claReview(r, "L4", "2024-10-01"); // third due 1 Apr
              r.episode("L5", "S", "2024-12-01", "U4", null, null);
              claReview(r, "L5", "2024-12-31"); // second due 31 Mar: on time
              r.episode("L6", "S", "2024-12-01", "U4", null, null);
              claReview(r, "L6", "2024-12-30"); // second due 30 Mar: 1 over
              r.episode("L7", "S", "2024-01-01", "U4", "2025-03-01", "E11"); // left care
              // Care leavers (list 9).
              leaver(r, "P1", "pathway_plan_review_date", "2024-09-30"); // 6 months: listed
              leaver(r, "P2", "pathway_plan_review_date", "2024-10-01"); // in the 6 months
              leaver(r, "P3", "pathway_plan_review_date", null); // none recorded
              leaver(r, "A1", "accommodation", "U2", "accommodation_suitable", false);
              leaver(r, "A2", "accommodation", "U1", "accommodation_suitable", null);
              leaver(r, "T1", "in_touch", "NO");
              leaver(r, "T2", "in_touch", "REFU");
              leaver(r, "T3", "in_touch", "DIED");
              leaver(r, "T4", "in_touch", null);
            });
  }

  @AfterAll
  static void close() throws SQLException {
    stores.close();
  }

  private static void s47(Rows r, String child, String start, String icpc, boolean notRequired) {
    r.add(CIN_EPISODE, "child_id", child, "referral_date", "2025-01-02");
    r.add(
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

  private static void assessment(Rows r, String child, String start, String authorised) {
    r.add(CIN_EPISODE, "child_id", child, "referral_date", "2024-01-02");
    r.add(
        ASSESSMENT,
        "child_id",
        child,
        "episode_no",
        1,
        "assessment_no",
        1,
        "start_date",
        start,
        "authorisation_date",
        authorised);
  }

  private static void plan(Rows r, String child, int no, String start, String end) {
    r.add(CIN_EPISODE, "child_id", child, "referral_date", "2022-01-02");
    r.add(CP_PLAN, "child_id", child, "plan_no", no, "start_date", start, "end_date", end);
  }

  private static void review(Rows r, String child, String date) {
    r.add(CP_REVIEW, "child_id", child, "episode_no", 1, "plan_no", 1, "review_date", date);
  }

  private static void cpVisit(Rows r, String child, String visit) {
    r.add(
        AA_CHILD_PROTECTION,
        "child_id",
        child,
        "start_date",
        "2024-10-01",
        "last_visit_date",
        visit,
        "seen_alone",
        true,
        "allocated_team",
        "Team East",
        "allocated_worker",
        "SW C");
  }

  private static void need(
      Rows r, String child, String seen, String status, String worker, String closed) {
    r.add(
        AA_CHILD_IN_NEED,
        "child_id",
        child,
        "start_date",
        "2024-01-01",
        "last_seen_date",
        seen,
        "case_status",
        status,
        "allocated_team",
        "Team West",
        "allocated_worker",
        worker,
        "closure_date",
        closed,
        "birth_date",
        "2015-01-01");
  }

  /** A child in care on every timescale unless the pairs given say otherwise. */
  private static void inCare(Rows r, String child, Object... pairs) {
    Object[] row = {
      "child_id",
      child,
      "start_date",
      "2024-01-01",
      "birth_date",
      "2012-01-01",
      "last_visit_date",
      "2025-03-31",
      "last_health_assessment_date",
      "2025-03-01",
      "last_dental_check_date",
      "2025-03-01",
      "missing_last_12_months",
      0,
      "allocated_team",
      "Team South",
      "allocated_worker",
      "SW D"
    };
    r.add(AA_CHILD_IN_CARE, merge(row, pairs));
  }

  private static void claReview(Rows r, String child, String date) {
    r.add(CLA_REVIEW, "child_id", child, "review_date", date, "participation", "PN1");
  }

  private static void leaver(Rows r, String child, Object... pairs) {
    Object[] row = {
      "child_id",
      child,
      "birth_date",
      "2005-01-01",
      "pathway_plan_review_date",
      "2025-03-01",
      "in_touch",
      "YES",
      "latest_contact_date",
      "2025-03-21",
      "accommodation",
      "U1",
      "accommodation_suitable",
      true,
      "allocated_team",
      "Leaving Care",
      "allocated_worker",
      "PA1"
    };
    r.add(AA_CARE_LEAVER, merge(row, pairs));
  }

  private static Object[] merge(Object[] defaults, Object[] pairs) {
    java.util.Map<Object, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < defaults.length; i += 2) {
      m.put(defaults[i], defaults[i + 1]);
    }
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    Object[] out = new Object[m.size() * 2];
    int k = 0;
    for (var e : m.entrySet()) {
      out[k++] = e.getKey();
      out[k++] = e.getValue();
    }
    return out;
  }

  private static List<ExceptionRow> rows(String engine, String id) throws SQLException {
    ExceptionList list = LISTS.find(id).orElseThrow(() -> new AssertionError("no list " + id));
    try (var c = stores.store(engine).newConnection()) {
      return LISTS.rows(c, list, "808", REF);
    }
  }

  private static List<String> ids(String engine, String id) throws SQLException {
    return rows(engine, id).stream().map(ExceptionRow::childId).sorted().toList();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anIcpcIsOverdueOnTheSixteenthWorkingDayWithTheTeamFromTheCaseloadExtract(String engine)
      throws SQLException {
    assertThat(rows(engine, "icpcs-overdue"))
        .containsExactly(
            new ExceptionRow(
                "I2", "Team North", "W9", 14, d("2025-03-07"), null, d("2025-03-28"), 1, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anAssessmentIsListedOnItsFortySixthWorkingDay(String engine) throws SQLException {
    assertThat(rows(engine, "assessments-over-45"))
        .containsExactly(
            new ExceptionRow(
                "S2", null, null, null, d("2025-01-24"), null, d("2025-03-28"), 1, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPlanStartedOnTheDayEighteenMonthsBeforeIsListed(String engine) throws SQLException {
    assertThat(rows(engine, "cp-plans-18-months"))
        .containsExactly(
            new ExceptionRow(
                "C1", null, null, null, d("2023-09-30"), null, d("2025-03-30"), 1, "NEG"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aReviewIsOverdueTheDayAfterItsDueDate(String engine) throws SQLException {
    // R2's first and R3's third were due 30 March; R1's first and R4's third are not yet overdue.
    assertThat(rows(engine, "cp-reviews-overdue"))
        .containsExactly(
            new ExceptionRow(
                "R2", null, null, null, d("2024-12-30"), null, d("2025-03-30"), 1, "NEG"),
            new ExceptionRow(
                "R3",
                null,
                null,
                null,
                d("2024-01-01"),
                d("2024-09-30"),
                d("2025-03-30"),
                1,
                "NEG"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildOnAPlanIsListedElevenWorkingDaysAfterTheLastVisit(String engine) throws SQLException {
    assertThat(rows(engine, "cp-visits-overdue"))
        .containsExactly(
            new ExceptionRow(
                "V2",
                "Team East",
                "SW C",
                null,
                d("2024-10-01"),
                d("2025-03-14"),
                d("2025-03-28"),
                1,
                "Yes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildInNeedIsListedTwentyOneWorkingDaysAfterLastSeenUnlessOnAPlan(String engine)
      throws SQLException {
    // 2015-01-01 to 2025-03-31: 10.
    assertThat(rows(engine, "cin-visits-overdue"))
        .containsExactly(
            new ExceptionRow(
                "N2",
                "Team West",
                "SW A",
                10,
                d("2024-01-01"),
                d("2025-02-28"),
                d("2025-03-28"),
                1,
                "d) Open assessment"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anOpenCaseWithNoWorkerIsUnallocated(String engine) throws SQLException {
    // Open since 1 January 2024: 366 + 89 = 455 days (2024 is a leap year; 31 Jan + 28 Feb + 30).
    assertThat(rows(engine, "unallocated"))
        .containsExactly(
            new ExceptionRow(
                "U1",
                "Team West",
                null,
                10,
                d("2024-01-01"),
                null,
                null,
                455,
                "c) Child in need plan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aLookedAfterChildIsListedFortyThreeDaysAfterTheLastVisit(String engine) throws SQLException {
    // 16 Feb + 42 days = 30 Mar (12 days to 28 Feb, 30 in March).
    assertThat(ids(engine, "cla-visits-overdue")).containsExactly("K2");
    assertThat(rows(engine, "cla-visits-overdue").get(0).due()).isEqualTo(d("2025-03-30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void lookedAfterReviewsFollowTwentyWorkingDaysThenThreeMonthsThenSix(String engine)
      throws SQLException {
    // L2: 20 WD after 28 Feb is 28 Mar, 3 days over; L3 third due 30 Mar; L6 second due 30 Mar.
    assertThat(rows(engine, "cla-reviews-overdue"))
        .containsExactly(
            new ExceptionRow(
                "L2", null, null, null, d("2025-02-28"), null, d("2025-03-28"), 3, "0"),
            new ExceptionRow(
                "L3", null, null, null, d("2024-06-01"), d("2024-09-30"), d("2025-03-30"), 1, "2"),
            new ExceptionRow(
                "L6", null, null, null, d("2024-12-01"), d("2024-12-30"), d("2025-03-30"), 1, "1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void healthAssessmentsAreDueSixMonthlyUnderFiveAndYearlyFromFive(String engine)
      throws SQLException {
    // H1 (4) due 30 Mar, H3 (5) due 30 Mar, H6 none: 20 WD after 28 Feb is 28 Mar, 3 over.
    assertThat(rows(engine, "health-assessments-overdue"))
        .containsExactly(
            new ExceptionRow(
                "H6", "Team South", "SW D", 13, d("2025-02-28"), null, d("2025-03-28"), 3, null),
            new ExceptionRow(
                "H1",
                "Team South",
                "SW D",
                4,
                d("2024-01-01"),
                d("2024-09-30"),
                d("2025-03-30"),
                1,
                null),
            new ExceptionRow(
                "H3",
                "Team South",
                "SW D",
                5,
                d("2024-01-01"),
                d("2024-03-30"),
                d("2025-03-30"),
                1,
                null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aDentalCheckIsOverdueTwelveMonthsAndADayAfterTheLast(String engine) throws SQLException {
    assertThat(ids(engine, "dental-checks-overdue")).containsExactly("D1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aMissingChildNotOfferedAnInterviewIsListedWithTheLatestEpisode(String engine)
      throws SQLException {
    assertThat(rows(engine, "missing-without-rhi"))
        .containsExactly(
            new ExceptionRow(
                "M1", "Team South", "SW D", 13, d("2025-02-01"), d("2025-02-03"), null, 56, "2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPathwayPlanReviewedSixMonthsAgoToTheDayIsOverdue(String engine) throws SQLException {
    // P3 has no review (no due date: listed last); P1's was due 30 Mar.
    assertThat(rows(engine, "pathway-plans-overdue").stream().map(ExceptionRow::childId))
        .containsExactly("P1", "P3");
    assertThat(rows(engine, "pathway-plans-overdue").get(0).days()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void careLeaversInUnsuitableOrUnrecordedAccommodationAndNotInTouchAreListed(String engine)
      throws SQLException {
    assertThat(ids(engine, "leavers-unsuitable-accommodation")).containsExactly("A1", "A2");
    assertThat(
            rows(engine, "leavers-unsuitable-accommodation").stream()
                .map(ExceptionRow::detail)
                .sorted())
        .containsExactly("U1 (suitability not recorded)", "U2 (unsuitable)");
    assertThat(ids(engine, "leavers-not-in-touch")).containsExactly("T1", "T2", "T4");
  }

  @Test
  void aListTheReturnsCannotDrawSaysWhatIsNotHeldAndHasNoRows() throws SQLException {
    ExceptionList peps = LISTS.find("peps-overdue").orElseThrow();
    assertThat(peps.drawn()).isFalse();
    assertThat(peps.notHeld()).contains("PEP date");
    try (var c = stores.store("duckdb").newConnection()) {
      assertThat(LISTS.rows(c, peps, "808", REF)).isEmpty();
    }
  }

  @Test
  void everyListDeclaresItsTimescaleAndSourceAndHasAUniqueId() {
    assertThat(LISTS.all()).hasSize(16);
    assertThat(LISTS.all().stream().map(ExceptionList::id).distinct()).hasSize(16);
    assertThat(LISTS.all()).allSatisfy(l -> assertThat(l.timescale()).isNotBlank());
  }
}
