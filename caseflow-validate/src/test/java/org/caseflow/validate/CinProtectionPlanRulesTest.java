package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.CP_REVIEW;
import static org.caseflow.domain.schema.Table.SECTION47;

import org.junit.jupiter.api.Test;

/**
 * The CIN census rules on child protection plans, their reviews and categories of abuse, each where
 * it fires and where it only just does not. The return is 2025-26: 1 April 2025 to 31 March 2026.
 */
class CinProtectionPlanRulesTest {
  private static ReturnFixture cin() {
    return ReturnFixture.cin("2025-26");
  }

  @Test
  void aCpPlanStartingBeforeItsEpisodesReferralIsFlaggedAndOneOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-10")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-09")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-10")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-10");
    assertThat(f.flagged("1105")).containsExactly("C1 ChildProtectionPlans row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-09", "2025-05-10");
  }

  @Test
  void moreCpPlansStartingInTheYearThanConferencesHeldInItIsFlaggedOnceForTheReturn()
      throws Exception {
    // Two plans start in the year; one conference in it (the other is the day before it began).
    ReturnFixture more =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2026-03-31")
            .add(SECTION47, "child_id", "C1", "icpc_date", "2025-06-01")
            .add(SECTION47, "child_id", "C2", "icpc_date", "2025-03-31");
    assertThat(more.flagged("2883")).containsExactly("- ChildProtectionPlans");
    assertThat(more.findings().get(0).values()).containsExactly("2", "1");
  }

  @Test
  void asManyConferencesAsCpPlansCountingThoseOnTheEpisodeIsNotFlagged() throws Exception {
    ReturnFixture equal =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-04-01")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-03-31")
            .add(SECTION47, "child_id", "C1", "icpc_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C2", "icpc_date", "2025-04-01");
    assertThat(equal.flagged("2883")).isEmpty();
  }

  @Test
  void aCpPlanStartingOnAnotherDayThanItsEpisodesConferenceIsFlaggedButNotOnThatDay()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(SECTION47, "child_id", "C1", "icpc_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-02")
            .add(SECTION47, "child_id", "C2", "icpc_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            // C3: the conference is on the episode (no Section 47).
            .add(CIN_EPISODE, "child_id", "C3", "icpc_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-01")
            // C4: a plan from the year before is not checked.
            .add(CP_PLAN, "child_id", "C4", "start_date", "2025-03-31")
            // C5: the conference was in the other episode.
            .add(SECTION47, "child_id", "C5", "episode_no", 1, "icpc_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C5", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("2885"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C5 ChildProtectionPlans row 5");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-02", "2025-06-01");
    assertThat(f.findings().get(1).values()).containsExactly("2025-06-01", null);
  }

  @Test
  void aReviewDuringAnOpenCinPlanOfItsEpisodeIsFlaggedButNotOnThePlansEndOrItsOwnPlansEnd()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-09-01")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-04-10", "end_date", "2025-12-01")
            .add(CP_REVIEW, "child_id", "C1", "review_date", "2025-05-01")
            .add(CP_REVIEW, "child_id", "C1", "review_date", "2025-09-01")
            .add(CIN_PLAN, "child_id", "C2", "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-04-10", "end_date", "2025-11-01")
            .add(CP_REVIEW, "child_id", "C2", "review_date", "2025-11-01")
            .add(CP_REVIEW, "child_id", "C2", "review_date", "2025-10-01")
            .add(CIN_PLAN, "child_id", "C3", "episode_no", 2, "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C3", "episode_no", 1, "start_date", "2025-04-10")
            .add(CP_REVIEW, "child_id", "C3", "episode_no", 1, "review_date", "2025-06-01");
    assertThat(f.flagged("4003")).containsExactly("C1 Reviews row 1", "C2 Reviews row 4");
    assertThat(f.findings().get(1).values()).containsExactly("2025-05-01", null, "2025-10-01");
  }

  @Test
  void aCpPlanStartingAfterTheReferenceDateOrWithoutAStartIsFlaggedButNotOnItOrYearsBefore()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2026-04-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2026-03-31")
            .add(CP_PLAN, "child_id", "C3")
            .add(CP_PLAN, "child_id", "C4", "start_date", "2024-01-01");
    assertThat(f.flagged("8720"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C3 ChildProtectionPlans row 3");
    assertThat(f.findings().get(0).values()).containsExactly("2026-04-01", "2026-03-31");
  }

  @Test
  void aMissingOrNegativeNumberOfPreviousPlansIsFlaggedAndNoneIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01", "previous_plans", null)
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-01", "previous_plans", 0)
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-01", "previous_plans", -1);
    assertThat(f.flagged("8730"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C3 ChildProtectionPlans row 3");
  }

  @Test
  void aCpPlanInAnEpisodeReferredForNoFurtherActionIsFlaggedAndOneInAnotherEpisodeIsNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CIN_EPISODE, "child_id", "C1", "referral_nfa", true)
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C2", "referral_nfa", false)
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 1, "referral_nfa", true)
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 2, "referral_nfa", false)
            .add(CP_PLAN, "child_id", "C3", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("8832")).containsExactly("C1 ChildProtectionPlans row 1");
    assertThat(f.findings().get(0).values()).containsExactly("1", "true");
  }

  @Test
  void aCpPlanEndingTheDayItStartedIsFlaggedAndOneEndingTheNextDayIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-02", "end_date", "2025-06-02")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-02", "end_date", "2025-06-03")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("8840")).containsExactly("C1 ChildProtectionPlans row 1");
    assertThat(f.findings().get(0).values()).containsExactly(null, "2025-06-02", "2025-06-02");
  }

  @Test
  void aReviewOnOrBeforeItsOwnPlansStartIsFlaggedAndOneTheDayAfterIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CP_REVIEW, "child_id", "C1", "review_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CP_REVIEW, "child_id", "C2", "review_date", "2025-06-02")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-01")
            .add(CP_REVIEW, "child_id", "C3", "review_date", "2025-05-31")
            // C4: the review of plan 1 is compared with plan 1, not the later plan 2.
            .add(
                CP_PLAN,
                "child_id",
                "C4",
                "plan_no",
                1,
                "start_date",
                "2025-04-10",
                "end_date",
                "2025-08-01")
            .add(CP_PLAN, "child_id", "C4", "plan_no", 2, "start_date", "2025-09-01")
            .add(CP_REVIEW, "child_id", "C4", "plan_no", 1, "review_date", "2025-06-01");
    assertThat(f.flagged("8841"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C3 ChildProtectionPlans row 3");
    assertThat(f.findings().get(1).values()).containsExactly("2025-06-01", "2025-05-31");
  }

  @Test
  void aReviewWithoutADateIsQueriedAndOneWithADateIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-01")
            .add(CP_REVIEW, "child_id", "C1", "review_date", "2025-09-01")
            .add(CP_REVIEW, "child_id", "C1");
    assertThat(f.flagged("8842Q")).containsExactly("C1 Reviews row 2");
    assertThat(f.findings().get(0).severity()).isEqualTo(Severity.QUERY);
  }

  @Test
  void aMissingOrUnknownInitialCategoryOfAbuseIsFlaggedAndEachCodeOfTheListIsNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "initial_category", null)
            .add(CP_PLAN, "child_id", "C2", "initial_category", "XYZ")
            .add(CP_PLAN, "child_id", "C3", "initial_category", "neg")
            .add(CP_PLAN, "child_id", "C4", "initial_category", "NEG")
            .add(CP_PLAN, "child_id", "C5", "initial_category", "PHY")
            .add(CP_PLAN, "child_id", "C6", "initial_category", "SAB")
            .add(CP_PLAN, "child_id", "C7", "initial_category", "EMO")
            .add(CP_PLAN, "child_id", "C8", "initial_category", "MUL");
    assertThat(f.flagged("8905"))
        .containsExactly(
            "C1 ChildProtectionPlans row 1",
            "C2 ChildProtectionPlans row 2",
            "C3 ChildProtectionPlans row 3");
  }

  @Test
  void aMissingOrUnknownLatestCategoryOfAbuseIsFlaggedAndEachCodeOfTheListIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "latest_category", null)
            .add(CP_PLAN, "child_id", "C2", "latest_category", "CSE")
            .add(CP_PLAN, "child_id", "C3", "latest_category", "NEG")
            .add(CP_PLAN, "child_id", "C4", "latest_category", "PHY")
            .add(CP_PLAN, "child_id", "C5", "latest_category", "SAB")
            .add(CP_PLAN, "child_id", "C6", "latest_category", "EMO")
            .add(CP_PLAN, "child_id", "C7", "latest_category", "MUL");
    assertThat(f.flagged("8910"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C2 ChildProtectionPlans row 2");
  }

  @Test
  void aCpPlanStartingAfterTheChildDiedIsFlaggedAndOneStartingThatDayIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CHILD, "child_id", "C1", "death_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-02")
            .add(CHILD, "child_id", "C2", "death_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-01")
            .add(CHILD, "child_id", "C3")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("8915")).containsExactly("C1 ChildProtectionPlans row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-02", "2025-06-01");
  }

  @Test
  void aCpPlanEndingAfterTheChildDiedIsFlaggedAndOneEndingThatDayOrOpenIsNot() throws Exception {
    ReturnFixture f =
        cin()
            .add(CHILD, "child_id", "C1", "death_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-06-02")
            .add(CHILD, "child_id", "C2", "death_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-06-01")
            .add(CHILD, "child_id", "C3", "death_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-05-01");
    assertThat(f.flagged("8920")).containsExactly("C1 ChildProtectionPlans row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-01", "2025-06-02");
  }

  @Test
  void aCpPlanEndingOutsideTheCensusYearIsFlaggedAndOnesEndingOnItsFirstAndLastDaysAreNot()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-01-10", "end_date", "2025-03-31")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-01-10", "end_date", "2025-04-01")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-01", "end_date", "2026-03-31")
            .add(CP_PLAN, "child_id", "C4", "start_date", "2025-06-01", "end_date", "2026-04-01")
            .add(CP_PLAN, "child_id", "C5", "start_date", "2025-06-01");
    assertThat(f.flagged("8930"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C4 ChildProtectionPlans row 4");
    assertThat(f.findings().get(1).values()).containsExactly("2026-04-01", "2026-03-31");
  }

  @Test
  void twoOpenCpPlansOfAChildAreBothFlaggedEvenInDifferentEpisodesButNotOneOpenOneEnded()
      throws Exception {
    ReturnFixture f =
        cin()
            .add(CP_PLAN, "child_id", "C1", "episode_no", 1, "start_date", "2025-05-01")
            .add(CP_PLAN, "child_id", "C1", "episode_no", 2, "start_date", "2025-07-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-06-30")
            .add(CP_PLAN, "child_id", "C2", "plan_no", 2, "start_date", "2025-07-01");
    assertThat(f.flagged("8935"))
        .containsExactly("C1 ChildProtectionPlans row 1", "C1 ChildProtectionPlans row 2");
  }

  @Test
  void aCpPlanStartingOnOrBeforeTheEndOfAnotherOfTheChildsPlansIsFlaggedAcrossEpisodes()
      throws Exception {
    ReturnFixture f =
        cin()
            // C1: the second plan starts the day the first ends: an overlap.
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(
                CP_PLAN,
                "child_id",
                "C1",
                "episode_no",
                2,
                "start_date",
                "2025-07-01",
                "end_date",
                "2025-09-01")
            // C2: the second starts the day after: none.
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", "2025-07-01")
            .add(
                CP_PLAN,
                "child_id",
                "C2",
                "plan_no",
                2,
                "start_date",
                "2025-07-02",
                "end_date",
                "2025-09-01")
            // C3: an open plan, and another episode's plan inside it.
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-05-01")
            .add(
                CP_PLAN,
                "child_id",
                "C3",
                "episode_no",
                2,
                "start_date",
                "2025-10-01",
                "end_date",
                "2025-11-01")
            // C4: two plans starting the same day: both.
            .add(CP_PLAN, "child_id", "C4", "start_date", "2025-06-01", "end_date", "2025-08-01")
            .add(
                CP_PLAN,
                "child_id",
                "C4",
                "plan_no",
                2,
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-07-01")
            // C5: a plan ending the day before an open one starts: none.
            .add(CP_PLAN, "child_id", "C5", "start_date", "2025-06-01")
            .add(
                CP_PLAN,
                "child_id",
                "C5",
                "plan_no",
                2,
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-05-31");
    assertThat(f.flagged("8940"))
        .containsExactly(
            "C1 ChildProtectionPlans row 2",
            "C3 ChildProtectionPlans row 6",
            "C4 ChildProtectionPlans row 7",
            "C4 ChildProtectionPlans row 8");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-01", "2025-07-01");
  }
}
