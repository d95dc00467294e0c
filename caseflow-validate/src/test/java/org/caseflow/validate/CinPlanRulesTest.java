package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import org.junit.jupiter.api.Test;

/**
 * The CIN census rules on CIN plans (CINPlanDates), alone and against the child's CP plans, each
 * where it fires and where it only just does not. The return is 2025-26: 1 April 2025 to 31 March
 * 2026.
 */
class CinPlanRulesTest {
  private static ReturnFixture cin() {
    return ReturnFixture.cin("2025-26");
  }

  @Test
  void aCinPlanInAnEpisodeReferredForNoFurtherActionIsFlaggedAndOneInAnotherEpisodeIsNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_EPISODE, "child_id", "C1", "referral_nfa", true)
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C2", "referral_nfa", false)
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C3", "referral_nfa", null)
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C4", "episode_no", 1, "referral_nfa", true)
            .add(CIN_EPISODE, "child_id", "C4", "episode_no", 2, "referral_nfa", false)
            .add(CIN_PLAN, "child_id", "C4", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("4000")).containsExactly("C1 CINplanDates row 1");
    assertThat(f.findings().get(0).values()).containsExactly("true");
  }

  @Test
  void anOpenCinPlanBesideAnOpenCpPlanOfTheSameEpisodeIsFlaggedButNotBesideAnEndedOneOrAnother()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2026-03-31")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C3", "episode_no", 1, "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C3", "episode_no", 2, "start_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C4", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2025-04-02", "end_date", "2025-05-01");
    assertThat(f.flagged("4001")).containsExactly("C1 CINplanDates row 1");
  }

  @Test
  void twoOpenCinPlansInOneEpisodeAreBothFlaggedButNotOneOpenAndOneEndedOrOnePerEpisode()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-05-31")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CIN_PLAN, "child_id", "C3", "episode_no", 1, "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C3", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("4004")).containsExactly("C1 CINplanDates row 1", "C1 CINplanDates row 2");
  }

  @Test
  void aCinPlanStartingAfterTheReferenceDateOrWithoutAStartIsFlaggedButNotOnItOrYearsBefore()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2026-04-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2026-03-31")
            .add(CIN_PLAN, "child_id", "C3")
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2023-05-01");
    assertThat(f.flagged("4010")).containsExactly("C1 CINplanDates row 1", "C3 CINplanDates row 3");
  }

  @Test
  void aCinPlanEndingBeforeItStartedIsFlaggedAndOneEndingTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-02", "end_date", "2025-06-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-02", "end_date", "2025-06-02")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("4011")).containsExactly("C1 CINplanDates row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-01", "2025-06-02");
  }

  @Test
  void aCinPlanEndingTheDayItStartedIsQueriedAndOneEndingTheNextDayIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-02", "end_date", "2025-06-02")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-02", "end_date", "2025-06-03")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("4012Q")).containsExactly("C1 CINplanDates row 1");
    assertThat(f.findings().get(0).severity()).isEqualTo(Severity.QUERY);
  }

  @Test
  void aCinPlanEndingOutsideTheCensusYearIsFlaggedAndOnesEndingOnItsFirstAndLastDaysAreNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-01-10", "end_date", "2025-03-31")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-01-10", "end_date", "2025-04-01")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-06-01", "end_date", "2026-03-31")
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2025-06-01", "end_date", "2026-04-01")
            .add(CIN_PLAN, "child_id", "C5", "start_date", "2025-06-01");
    assertThat(f.flagged("4013")).containsExactly("C1 CINplanDates row 1", "C4 CINplanDates row 4");
    assertThat(f.findings().get(0).values()).containsExactly("2025-03-31", "2026-03-31");
  }

  @Test
  void aCinPlanStartingOnOrBeforeTheEndOfAnotherOfTheChildsPlansIsFlaggedAcrossEpisodes()
      throws Exception {
    ReturnFixture f =
        cin()
            // C1: the second plan starts the day the first ends: an overlap.
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(
                CIN_PLAN,
                "child_id",
                "C1",
                "episode_no",
                2,
                "start_date",
                "2025-07-01",
                "end_date",
                "2025-09-01")
            // C2: the second starts the day after: none.
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-07-02", "end_date", "2025-09-01")
            // C3: an open plan, and another episode's plan inside it.
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-05-01")
            .add(
                CIN_PLAN,
                "child_id",
                "C3",
                "episode_no",
                2,
                "start_date",
                "2025-10-01",
                "end_date",
                "2025-11-01")
            // C4: two plans starting the same day: both.
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2025-06-01", "end_date", "2025-08-01")
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2025-06-01", "end_date", "2025-07-01")
            // C5: a plan ending the day before an open one starts: none.
            .add(CIN_PLAN, "child_id", "C5", "start_date", "2025-06-01")
            .add(CIN_PLAN, "child_id", "C5", "start_date", "2025-05-01", "end_date", "2025-05-31");
    assertThat(f.flagged("4014"))
        .containsExactly(
            "C1 CINplanDates row 2",
            "C3 CINplanDates row 6",
            "C4 CINplanDates row 7",
            "C4 CINplanDates row 8");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-01", "2025-07-01");
    assertThat(f.findings().get(1).values()).containsExactly("2025-05-01", null);
  }

  @Test
  void aCinPlanStartingBeforeItsOwnEpisodesReferralIsFlaggedAndOneOnTheSameDayIsNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-10")
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-05-09")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-10")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-05-10")
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 1, "referral_date", "2025-04-02")
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 2, "referral_date", "2025-09-01")
            .add(CIN_PLAN, "child_id", "C3", "episode_no", 1, "start_date", "2025-05-01");
    assertThat(f.flagged("4015")).containsExactly("C1 CINplanDates row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-09", "2025-05-10");
  }

  @Test
  void aCinPlanStartingWhileACpPlanIsOpenIsFlaggedButNotOnTheDayTheCpPlanEnds() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CIN_PLAN, "child_id", "C1", "episode_no", 2, "start_date", "2025-07-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CIN_PLAN, "child_id", "C2", "episode_no", 2, "start_date", "2025-06-30")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C4", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C4", "episode_no", 2, "start_date", "2026-03-31")
            .add(CP_PLAN, "child_id", "C5", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C5", "start_date", "2025-04-30", "end_date", "2025-05-01");
    assertThat(f.flagged("4016"))
        .containsExactly("C2 CINplanDates row 2", "C3 CINplanDates row 3", "C4 CINplanDates row 4");
    assertThat(f.findings().get(0).values())
        .containsExactly("2025-06-30", "2025-05-01", "2025-07-01");
  }

  @Test
  void aCpPlanStartingWhileACinPlanIsOpenIsFlaggedButNotOnTheDayTheCinPlanEnds() throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CP_PLAN, "child_id", "C1", "episode_no", 2, "start_date", "2025-07-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CP_PLAN, "child_id", "C2", "episode_no", 2, "start_date", "2025-06-30")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-05-01")
            .add(CIN_PLAN, "child_id", "C4", "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C4", "episode_no", 2, "start_date", "2026-03-31")
            .add(CIN_PLAN, "child_id", "C5", "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C5", "start_date", "2025-04-30", "end_date", "2025-05-01");
    assertThat(f.flagged("4017"))
        .containsExactly("C2 CINplanDates row 2", "C3 CINplanDates row 3", "C4 CINplanDates row 4");
    assertThat(f.findings().get(0).values())
        .containsExactly("2025-05-01", "2025-07-01", "2025-06-30");
  }
}
