package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.AA_EARLY_HELP;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight indicators with their own SQL that no other test worked by hand: referrals from early help
 * (IN11), early help assessments and their timeliness (IN12, IN14), children ceasing care under a
 * residence order or returning home outside the care plan (LA06, LA07B), the OC2 dental checks and
 * immunisations (LA19, LA20) and the younger care leavers in suitable accommodation (CL03). All for
 * 2024-25 (collection year 2025).
 *
 * <pre>
 * referrals   R1 2024-04-01 5D; R2 2024-09-10 6; R3 2025-03-31 5D;
 *             R4 2025-04-01 5D (2026 census); R5 2024-03-31 5D (2024 census)
 * early help  E1 2024-04-01..2024-04-01 (0 WD); E2 2024-09-02..2024-11-04 (45 WD);
 *             E3 2024-09-02..2024-11-05 (46 WD); E4 ..2025-04-01 (next year); E5 no start, 2024-06-01
 * ceasing     C1 ..2024-06-01 E41; C2 ..2024-08-01 E4B; C3 ..2024-09-01 E4B then ..2025-01-15 E41;
 *             C4 ..2024-12-01 E11; C5 short break (V3) ..2024-06-01 E4B; C6 ..2024-07-01 X1, open
 * OC2         H1 teeth, immunised; H2 teeth; H3 neither; H9 teeth, immunised (2024 cohort)
 * OC3         K1 born 2007-03-31 (18) U1; K2 2008-03-31 (17) B2; K3 2008-04-01 (16) U1;
 *             K4 2006-04-01 (18) RHOM U1; K5 2007-06-01 (17) DIED U1; K6 2006-06-01 (18) K1
 * </pre>
 */
@Covers({"IN11", "IN12", "IN14", "LA06", "LA07B", "LA19", "LA20", "CL03"})
class SharesWorkedByHandTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              f.year(2024);
              referral(r, "R5", "2024-03-31", "5D");
              r.add(HEALTH_OUTCOME, "child_id", "H9", "teeth_check", true, "immunisations", true);
              f.year(2026);
              referral(r, "R4", "2025-04-01", "5D");
              f.year(2025);
              referral(r, "R1", "2024-04-01", "5D");
              referral(r, "R2", "2024-09-10", "6");
              referral(r, "R3", "2025-03-31", "5D");
              earlyHelp(r, "E1", "2024-04-01", "2024-04-01");
              earlyHelp(r, "E2", "2024-09-02", "2024-11-04");
              earlyHelp(r, "E3", "2024-09-02", "2024-11-05");
              earlyHelp(r, "E4", "2025-03-01", "2025-04-01");
              earlyHelp(r, "E5", null, "2024-06-01");
              r.episode("C1", "S", "2024-01-01", "U4", "2024-06-01", "E41");
              r.episode("C2", "S", "2024-02-01", "U4", "2024-08-01", "E4B");
              r.episode("C3", "S", "2024-03-01", "U4", "2024-09-01", "E4B");
              r.episode("C3", "S", "2024-10-01", "U4", "2025-01-15", "E41");
              r.episode("C4", "S", "2024-04-01", "U4", "2024-12-01", "E11");
              r.add(
                  CLA_EPISODE,
                  "child_id",
                  "C5",
                  "start_date",
                  "2024-05-01",
                  "legal_status",
                  "V3",
                  "end_date",
                  "2024-06-01",
                  "reason_ceased",
                  "E4B");
              r.episode("C6", "S", "2024-05-01", "U4", "2024-07-01", "X1");
              r.episode("C6", "P", "2024-07-01", "U6", null, null);
              r.add(HEALTH_OUTCOME, "child_id", "H1", "teeth_check", true, "immunisations", true);
              r.add(HEALTH_OUTCOME, "child_id", "H2", "teeth_check", true, "immunisations", false);
              r.add(HEALTH_OUTCOME, "child_id", "H3", "teeth_check", false, "immunisations", false);
              leaver(r, "K1", "2007-03-31", "YES", "U1");
              leaver(r, "K2", "2008-03-31", "YES", "B2");
              leaver(r, "K3", "2008-04-01", "YES", "U1");
              leaver(r, "K4", "2006-04-01", "RHOM", "U1");
              leaver(r, "K5", "2007-06-01", "DIED", "U1");
              leaver(r, "K6", "2006-06-01", "NO", "K1");
            });
  }

  private static void referral(Rows r, String child, String date, String source) {
    r.add(
        CIN_EPISODE,
        "child_id",
        child,
        "referral_date",
        date,
        "referral_source",
        source,
        "closure_date",
        date);
  }

  private static void earlyHelp(Rows r, String child, String start, String done) {
    r.add(AA_EARLY_HELP, "child_id", child, "start_date", start, "completion_date", done);
  }

  private static void leaver(Rows r, String child, String born, String inTouch, String accom) {
    r.child(child, born);
    r.add(
        CARE_LEAVER,
        "child_id",
        child,
        "in_touch",
        inTouch,
        "activity",
        "F1",
        "accommodation",
        accom);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void referralsFromEarlyHelpAreTheShareWithSource5dOfTheYearsReferrals(String engine)
      throws Exception {
    // Referrals in 2024-25: R1, R2, R3 (first and last day in; R4 and R5 outside). 5D: R1, R3.
    Figure f = stores.figure(engine, "IN11", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(3.0);
    assertThat(f.value()).isCloseTo(66.6667, within(0.0001));
    assertThat(f.members()).extracting(Member::childId).containsExactly("R1", "R2", "R3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void earlyHelpAssessmentsCountEveryCompletionInThePeriodWithOrWithoutAStartDate(String engine)
      throws Exception {
    // Completed in 2024-25: E1, E2, E3, E5 (E4 completed on 1 April 2025).
    Figure f = stores.figure(engine, "IN12", "2024-25");
    assertThat(f.value()).isEqualTo(4.0);
    assertThat(f.members()).extracting(Member::childId).containsExactly("E1", "E2", "E3", "E5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void earlyHelpAssessmentsWithinFortyFiveWorkingDaysCountTheFortyFifthDayIn(String engine)
      throws Exception {
    // E1 same day 0 WD; E2 3 Sep to 4 Nov 2024: 20 + 23 + 2 = 45 WD (in); E3 46 WD (out);
    // E5 has no start date and is left out of both counts: 2 of 3.
    Figure f = stores.figure(engine, "IN14", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(3.0);
    assertThat(f.value()).isCloseTo(66.6667, within(0.0001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void ceasingUnderAResidenceOrderCountsEachChildsLastOccasionOnly(String engine) throws Exception {
    // Children ceasing in 2024-25: C1, C2, C3, C4 (C5 a short break, C6 still looked after).
    // Last occasion E41: C1 and C3 (whose earlier E4B is not their last): 2 of 4.
    Figure f = stores.figure(engine, "LA06", "2024-25");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(50.0);
    assertThat(f.members()).extracting(Member::childId).containsExactly("C1", "C2", "C3", "C4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void returningHomeOutsideTheCarePlanIsTheShareCeasingWithE4b(String engine) throws Exception {
    // E4B as the last occasion: C2 only (C3 ceased again with E41; C5 was a short break): 1 of 4.
    Figure f = stores.figure(engine, "LA07B", "2024-25");
    assertThat(f.numerator()).isEqualTo(1.0);
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(25.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void dentalChecksAndImmunisationsAreSharesOfTheYearsOwnOc2Cohort(String engine) throws Exception {
    // The 2025 cohort: H1, H2, H3 (H9 is the 2024 cohort's). Teeth: H1, H2; immunised: H1.
    Figure teeth = stores.figure(engine, "LA19", "2024-25");
    assertThat(teeth.numerator()).isEqualTo(2.0);
    assertThat(teeth.denominator()).isEqualTo(3.0);
    assertThat(teeth.value()).isCloseTo(66.6667, within(0.0001));
    Figure immunised = stores.figure(engine, "LA20", "2024-25");
    assertThat(immunised.numerator()).isEqualTo(1.0);
    assertThat(immunised.denominator()).isEqualTo(3.0);
    assertThat(immunised.value()).isCloseTo(33.3333, within(0.0001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void youngerCareLeaversInSuitableAccommodationAreAged17Or18OnThirtyFirstMarch(String engine)
      throws Exception {
    // Aged 17 or 18 on 31 March 2025: K1 (18 that day), K2 (17 that day), K4, K5, K6; K3 is 16.
    // Less K4 (RHOM) and K5 (DIED): K1, K2, K6. Suitable (ending 1): K1 U1, K6 K1: 2 of 3.
    Figure f = stores.figure(engine, "CL03", "2024-25");
    assertThat(f.members()).extracting(Member::childId).containsExactly("K1", "K2", "K6");
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.value()).isCloseTo(66.6667, within(0.0001));
    assertThat(f.members())
        .allSatisfy(m -> assertThat(m.subject()).isEqualTo(Subject.CARE_LEAVERS));
  }
}
