package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.AA_CARE_LEAVER;
import static org.caseflow.domain.schema.Table.AA_CHILD_IN_CARE;
import static org.caseflow.domain.schema.Table.AA_CHILD_IN_NEED;
import static org.caseflow.domain.schema.Table.AA_CHILD_PROTECTION;
import static org.caseflow.domain.schema.Table.AA_CONTACT;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IN03, PR12, PR15 to PR18 from the Annex A lists of 2025 (data date 31 March 2025), worked by
 * hand. Working days after a date up to and including the period end; no bank holiday in March
 * 2025; Christmas Day and Boxing Day 2024 fall on a Wednesday and Thursday.
 */
@Covers({"IN03", "PR12", "PR15", "PR16", "PR17", "PR17A", "PR18"})
class AnnexAProcessesTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              contact(r, "C1", "2024-04-01", "2024-04-01"); // referral the same day
              contact(r, "C2", "2024-05-01", "2024-05-08"); // 7 days after
              contact(r, "C3", "2024-06-01", "2024-06-09"); // 8 days after
              contact(r, "C4", "2024-07-10", "2024-07-09"); // the day before
              contact(r, "C5", "2025-03-31", "2025-04-02"); // after the period: still counts
              contact(r, "C6", "2025-04-01", "2025-04-01"); // next year
              // List 7: plans and last visits.
              plan(r, "P1", "2024-10-01", null, "2025-03-17");
              plan(r, "P2", "2024-10-01", null, "2025-03-14");
              plan(r, "P3", "2024-10-01", "2025-03-31", "2024-12-12");
              plan(r, "P4", "2025-03-31", null, "2025-03-31");
              plan(r, "P5", "2025-04-01", null, "2025-04-01");
              plan(r, "P6", "2024-10-01", null, null);
              plan(r, "P7", "2024-06-01", "2025-02-01", "2024-12-13");
              // List 8: children in care, visits, missing and return interviews.
              inCare(r, "K1", null, "2025-02-17", 2, true, false);
              inCare(r, "K2", null, "2025-02-16", 1, true, true);
              inCare(r, "K3", "2025-03-31", "2025-03-30", 1, true, false);
              inCare(r, "K5", null, null, 3, false, false);
              r.add(
                  AA_CHILD_IN_CARE,
                  "child_id",
                  "K4",
                  "start_date",
                  "2025-03-31",
                  "last_visit_date",
                  "2025-03-31");
              // List 9: pathway plan reviews.
              leaver(r, "Y1", "2024-10-01");
              leaver(r, "Y2", "2024-09-30");
              leaver(r, "Y3", null);
              leaver(r, "Y4", "2025-03-31");
              // List 6: open cases and allocated workers.
              need(r, "N1", "2024-01-01", null, "SW A");
              need(r, "N2", "2024-01-01", null, null);
              need(r, "N3", "2024-01-01", "2025-03-31", "SW B");
              need(r, "N4", "2025-03-31", null, "  ");
            });
  }

  private static void contact(Rows r, String child, String contact, String referral) {
    r.add(AA_CONTACT, "child_id", child, "contact_date", contact)
        .add(CIN_EPISODE, "child_id", child, "referral_date", referral);
  }

  private static void plan(Rows r, String child, String start, String end, String visit) {
    r.add(
        AA_CHILD_PROTECTION,
        "child_id",
        child,
        "start_date",
        start,
        "end_date",
        end,
        "last_visit_date",
        visit);
  }

  private static void inCare(
      Rows r,
      String child,
      String ceased,
      String visit,
      int missing,
      boolean offered,
      boolean accepted) {
    r.add(
        AA_CHILD_IN_CARE,
        "child_id",
        child,
        "start_date",
        "2024-01-01",
        "ceased_date",
        ceased,
        "last_visit_date",
        visit,
        "missing_last_12_months",
        missing,
        "return_interview_offered",
        offered,
        "return_interview_accepted",
        accepted);
  }

  private static void leaver(Rows r, String child, String review) {
    r.add(AA_CARE_LEAVER, "child_id", child, "pathway_plan_review_date", review);
  }

  private static void need(Rows r, String child, String start, String closed, String worker) {
    r.add(
        AA_CHILD_IN_NEED,
        "child_id",
        child,
        "start_date",
        start,
        "closure_date",
        closed,
        "allocated_worker",
        worker);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aContactProgressesWhenTheChildIsReferredWithinSevenDays(String engine) throws Exception {
    // Contacts in 2024-25: C1 to C5 (C6 is on 1 April 2025). Progressed: C1 (same day), C2 (7
    // days), C5 (2 days, after the period end). 3 of 5 = 60%.
    Figure f = stores.figure(engine, "IN03", "2024-25");
    assertThat(f.denominator()).isEqualTo(5.0);
    assertThat(f.value()).isEqualTo(60.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildProtectionVisitTenWorkingDaysBeforeTheEndCounts(String engine) throws Exception {
    // Open on 31 March 2025: P1, P2, P4, P6 (P3 ended that day, P5 starts after, P7 ended).
    // Working days after 17 March up to 31 March: 18-21, 24-28, 31 = 10, so P1 counts; after 14
    // March, 11, so P2 does not; P4 was visited on the day (0); P6 has no visit. 2 of 4.
    Figure march = stores.figure(engine, "PR12", "2024-25");
    assertThat(march.denominator()).isEqualTo(4.0);
    assertThat(march.value()).isEqualTo(50.0);
    // Annex A gives each child's last visit as at 31 March, so on 31 December the list cannot
    // say who had been visited: a month, or a quarter, ending then has no value, and says why.
    Figure december = stores.figure(engine, "PR12", "2024-12");
    assertThat(december.value()).isNull();
    assertThat(december.members()).isEmpty();
    assertThat(december.note()).isEqualTo(PeriodType.YEAR_END_ONLY);
    Figure thirdQuarter = stores.figure(engine, "PR15", "2024-25-Q3");
    assertThat(thirdQuarter.value()).isNull();
    assertThat(thirdQuarter.note()).isEqualTo(PeriodType.YEAR_END_ONLY);
    // The last quarter ends on 31 March: the same children as the year (K1 and K4 of 4).
    assertThat(stores.figure(engine, "PR15", "2024-25-Q4").value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aChildInCareVisitSixWeeksBeforeTheEndCounts(String engine) throws Exception {
    // In care on 31 March 2025: K1, K2, K4, K5 (K3 ceased that day). 31 March less 42 days is
    // 17 February: K1 (17 Feb) counts, K2 (16 Feb) does not, K4 (31 Mar) counts, K5 has none.
    Figure f = stores.figure(engine, "PR15", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void returnHomeInterviewsAreAShareOfTheChildrenWhoWentMissing(String engine) throws Exception {
    // Missing in the last 12 months: K1, K2, K3, K5 (K4 none). Offered: K1, K2, K3 = 75%;
    // accepted: K2 = 25%.
    assertThat(stores.figure(engine, "PR17", "2024-25").value()).isEqualTo(75.0);
    assertThat(stores.figure(engine, "PR17A", "2024-25").value()).isEqualTo(25.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aPathwayPlanReviewedExactlySixMonthsBeforeIsNotInTheLastSixMonths(String engine)
      throws Exception {
    // Reviews after 30 September 2024 up to 31 March 2025: Y1 (1 Oct), Y4 (31 Mar). Y2 (30
    // Sep) is exactly 6 months before; Y3 has none. 2 of 4.
    Figure f = stores.figure(engine, "PR16", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(50.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void anOpenCaseWithABlankWorkerIsNotAllocated(String engine) throws Exception {
    // Open on 31 March 2025: N1, N2, N4 (N3 closed that day). Allocated: N1 only.
    Figure f = stores.figure(engine, "PR18", "2024-25");
    assertThat(f.denominator()).isEqualTo(3.0);
    assertThat(f.value()).isCloseTo(33.333, within(0.001));
  }
}
