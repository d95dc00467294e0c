package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.SECTION47;

import org.junit.jupiter.api.Test;

/**
 * The CIN census rules about Section 47 enquiries and the initial child protection conferences that
 * follow them. Each where it fires and where it only just does not; the dates are worked out by
 * hand.
 */
class CinSection47RulesTest {
  private static ReturnFixture census() {
    return ReturnFixture.cin("2025-26");
  }

  @Test
  void aConferenceTheDayBeforeTheReferralIsFlaggedAndOneOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-10")
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-09", "icpc_date", "2025-05-09")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-10")
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-05-10", "icpc_date", "2025-05-10");
    assertThat(f.flagged("1104")).containsExactly("C1 Section47 row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-10", "2025-05-09");
  }

  @Test
  void aSection47StartingTheDayBeforeTheReferralIsFlaggedAndOneOnTheSameDayIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-10")
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-09")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-10")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-10");
    assertThat(f.flagged("2889")).containsExactly("C1 Section47 row 1");
  }

  @Test
  void aConferenceRecordedOnTheSameDayAtBothLevelsIsFlaggedAndOnAnotherDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1, "icpc_date", "2025-06-02")
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 2)
            .add(SECTION47, "child_id", "C1", "episode_no", 2, "icpc_date", "2025-06-02")
            .add(CIN_EPISODE, "child_id", "C2", "icpc_date", "2025-06-02")
            .add(SECTION47, "child_id", "C2", "icpc_date", "2025-06-03")
            .add(CIN_EPISODE, "child_id", "C3")
            .add(SECTION47, "child_id", "C3", "icpc_date", "2025-06-02");
    assertThat(f.flagged("2884")).containsExactly("C1 Section47 row 1");
  }

  @Test
  void aSection47WithNoAssessmentOnItsEpisodeIsQueriedAndOneWithAnAssessmentIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1)
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 2)
            .add(SECTION47, "child_id", "C1", "episode_no", 2, "start_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C1", "episode_no", 1, "start_date", "2025-05-01")
            .add(CIN_EPISODE, "child_id", "C2")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C2", "start_date", "2025-05-01")
            .add(CIN_EPISODE, "child_id", "C3");
    assertThat(f.flagged("2991Q")).containsExactly("C1 CINdetails row 2");
    assertThat(f.findings().get(0).values()).containsExactly("2");
  }

  @Test
  void aConferenceWithoutAStartOrBeforeItIsFlaggedAndOneOnTheStartDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(SECTION47, "child_id", "C1", "icpc_date", "2025-06-02")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-06-03", "icpc_date", "2025-06-02")
            .add(SECTION47, "child_id", "C3", "start_date", "2025-06-02", "icpc_date", "2025-06-02")
            .add(SECTION47, "child_id", "C4");
    assertThat(f.flagged("8615")).containsExactly("C1 Section47 row 1", "C2 Section47 row 2");
  }

  @Test
  void aSection47Started16WorkingDaysBeforeTheReferenceDateWithNoConferenceIsQueriedAnd15IsNot()
      throws Exception {
    // 31 March 2026 is a Tuesday with no bank holiday in March: Tuesday 10 March 2026 is three
    // weeks (15 working days) before it, Monday 9 March 16.
    ReturnFixture f =
        census()
            .add(
                SECTION47, "child_id", "C1", "start_date", "2026-03-09", "icpc_not_required", false)
            .add(
                SECTION47, "child_id", "C2", "start_date", "2026-03-10", "icpc_not_required", false)
            .add(SECTION47, "child_id", "C3", "start_date", "2026-03-09", "icpc_not_required", true)
            .add(
                SECTION47,
                "child_id",
                "C4",
                "start_date",
                "2026-03-09",
                "icpc_date",
                "2026-03-20",
                "icpc_not_required",
                false)
            .add(SECTION47, "child_id", "C5", "start_date", "2026-03-09");
    assertThat(f.flagged("8675Q")).containsExactly("C1 Section47 row 1", "C5 Section47 row 5");
    assertThat(f.findings().get(0).values()).containsExactly(null, "2026-03-09", "false");
  }

  @Test
  void aConferenceOutsideTheCensusYearIsFlaggedAndOneOnItsFirstOrLastDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(SECTION47, "child_id", "C1", "start_date", "2025-03-20", "icpc_date", "2025-03-31")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-03-20", "icpc_date", "2025-04-01")
            .add(SECTION47, "child_id", "C3", "start_date", "2026-03-20", "icpc_date", "2026-03-31")
            .add(
                SECTION47, "child_id", "C4", "start_date", "2026-03-20", "icpc_date", "2026-04-01");
    assertThat(f.flagged("8715")).containsExactly("C1 Section47 row 1", "C4 Section47 row 4");
    assertThat(f.findings().get(0).values()).containsExactly("2025-03-31", "2026-03-31");
  }

  @Test
  void anOpenSection47StartedBeforeTheCensusYearIsFlaggedAndOneOnItsFirstDayIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                SECTION47, "child_id", "C1", "start_date", "2025-03-31", "icpc_not_required", false)
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-04-01", "icpc_not_required", false)
            .add(SECTION47, "child_id", "C3", "start_date", "2025-03-31", "icpc_not_required", true)
            .add(
                SECTION47,
                "child_id",
                "C4",
                "start_date",
                "2025-03-31",
                "icpc_date",
                "2025-04-10",
                "icpc_not_required",
                false);
    assertThat(f.flagged("8740")).containsExactly("C1 Section47 row 1");
  }

  @Test
  void twoOpenSection47sInAnEpisodeAreBothFlaggedAndOneNotRequiringAConferenceIsNotOpen()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                SECTION47, "child_id", "C1", "start_date", "2025-05-01", "icpc_not_required", false)
            .add(
                SECTION47, "child_id", "C1", "start_date", "2025-06-01", "icpc_not_required", false)
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-01", "icpc_not_required", true)
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-06-01", "icpc_not_required", false)
            .add(SECTION47, "child_id", "C3", "episode_no", 1, "start_date", "2025-05-01")
            .add(SECTION47, "child_id", "C3", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("8839")).containsExactly("C1 Section47 row 1", "C1 Section47 row 2");
  }

  @Test
  void aClosedEpisodeWithAnUnfinishedSection47IsFlaggedAndOneNotRequiringAConferenceIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-07-01",
                "reason_for_closure",
                "RC1")
            .add(
                SECTION47, "child_id", "C1", "start_date", "2025-05-01", "icpc_not_required", false)
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-07-01",
                "reason_for_closure",
                "RC1")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-01", "icpc_not_required", true)
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-07-01",
                "reason_for_closure",
                "RC1")
            .add(SECTION47, "child_id", "C3", "start_date", "2025-05-01", "icpc_date", "2025-05-20")
            .add(CIN_EPISODE, "child_id", "C4")
            .add(
                SECTION47,
                "child_id",
                "C4",
                "start_date",
                "2025-05-01",
                "icpc_not_required",
                false);
    assertThat(f.flagged("8868")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("false", "2025-07-01", null);
  }

  @Test
  void aConferenceTargetOnASaturdayOrSundayIsQueriedAndOneOnAFridayIsNot() throws Exception {
    // 6 June 2025 was a Friday.
    ReturnFixture f =
        census()
            .add(
                SECTION47,
                "child_id",
                "C1",
                "start_date",
                "2025-05-20",
                "icpc_target_date",
                "2025-06-06")
            .add(
                SECTION47,
                "child_id",
                "C2",
                "start_date",
                "2025-05-20",
                "icpc_target_date",
                "2025-06-07")
            .add(
                SECTION47,
                "child_id",
                "C3",
                "start_date",
                "2025-05-20",
                "icpc_target_date",
                "2025-06-08")
            .add(SECTION47, "child_id", "C4", "start_date", "2025-05-20");
    assertThat(f.flagged("8870Q")).containsExactly("C2 Section47 row 2", "C3 Section47 row 3");
  }

  @Test
  void aConferenceOnASundayIsFlaggedAndOneOnTheMondayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-20", "icpc_date", "2025-06-08")
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-05-20", "icpc_date", "2025-06-09");
    assertThat(f.flagged("8875")).containsExactly("C1 Section47 row 1");
  }

  @Test
  void aSection47StartingOnTheDayOfAnothersConferenceIsFlaggedAndTheDayAfterIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1")
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-01", "icpc_date", "2025-05-20")
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-20", "icpc_date", "2025-06-10")
            .add(CIN_EPISODE, "child_id", "C2")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-01", "icpc_date", "2025-05-20")
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-05-21", "icpc_date", "2025-06-10");
    assertThat(f.flagged("8890")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-20");
  }

  @Test
  void aSection47StartingWhileAnotherAwaitsItsConferenceIsFlaggedUnlessNoneIsRequired()
      throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1")
            .add(
                SECTION47, "child_id", "C1", "start_date", "2025-05-01", "icpc_not_required", false)
            .add(SECTION47, "child_id", "C1", "start_date", "2025-06-01", "icpc_date", "2025-06-10")
            .add(CIN_EPISODE, "child_id", "C2")
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-01", "icpc_not_required", true)
            .add(
                SECTION47, "child_id", "C2", "start_date", "2025-06-01", "icpc_date", "2025-06-10");
    assertThat(f.flagged("8890")).containsExactly("C1 CINdetails row 1");
  }
}
