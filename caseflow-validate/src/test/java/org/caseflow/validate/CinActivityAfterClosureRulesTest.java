package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.SECTION47;

import org.junit.jupiter.api.Test;

/**
 * 8565: no activity of a CIN episode after its closure date. The return is 2025-26; every closed
 * episode here closed on 1 August 2025.
 */
class CinActivityAfterClosureRulesTest {
  private static final String CLOSED = "2025-08-01";
  private static final String AFTER = "2025-08-02";

  private static ReturnFixture closedEpisode(ReturnFixture f, String child) {
    return f.add(
        CIN_EPISODE, "child_id", child, "referral_date", "2025-04-10", "closure_date", CLOSED);
  }

  @Test
  void everyDateOnTheClosureDayIsAllowed() throws Exception {
    ReturnFixture f = closedEpisode(ReturnFixture.cin("2025-26"), "C1");
    f.add(ASSESSMENT, "child_id", "C1", "start_date", CLOSED, "authorisation_date", CLOSED)
        .add(SECTION47, "child_id", "C1", "start_date", CLOSED, "icpc_date", CLOSED)
        .add(CP_PLAN, "child_id", "C1", "start_date", CLOSED, "end_date", CLOSED)
        .add(CIN_PLAN, "child_id", "C1", "start_date", CLOSED, "end_date", CLOSED);
    assertThat(f.flagged("8565")).isEmpty();
  }

  @Test
  void anAssessmentStartedTheDayAfterClosureIsFlaggedForTheChildWithThatDateOnly()
      throws Exception {
    ReturnFixture f = closedEpisode(ReturnFixture.cin("2025-26"), "C1");
    f.add(ASSESSMENT, "child_id", "C1", "start_date", AFTER);
    assertThat(f.flagged("8565")).containsExactly("C1 ChildProtectionPlans");
    assertThat(f.findings().get(0).values())
        .containsExactly(CLOSED, null, AFTER, null, null, null, null, null);
  }

  @Test
  void aCpPlanEndingAfterClosureIsFlaggedAtThatPlan() throws Exception {
    ReturnFixture f = ReturnFixture.cin("2025-26");
    closedEpisode(f, "C1");
    f.add(CP_PLAN, "child_id", "C1", "start_date", "2025-05-01", "end_date", CLOSED);
    closedEpisode(f, "C2");
    f.add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01", "end_date", AFTER);
    assertThat(f.flagged("8565")).containsExactly("C2 ChildProtectionPlans row 2");
    assertThat(f.findings().get(0).values())
        .containsExactly(CLOSED, null, null, null, null, AFTER, null, null);
  }

  @Test
  void eachKindOfLaterDateIsFlaggedAndReported() throws Exception {
    ReturnFixture f = ReturnFixture.cin("2025-26");
    closedEpisode(f, "A");
    f.add(ASSESSMENT, "child_id", "A", "start_date", CLOSED, "authorisation_date", AFTER);
    closedEpisode(f, "B");
    f.add(SECTION47, "child_id", "B", "start_date", AFTER);
    closedEpisode(f, "C");
    f.add(SECTION47, "child_id", "C", "start_date", CLOSED, "icpc_date", AFTER);
    f.add(
        CIN_EPISODE,
        "child_id",
        "D",
        "referral_date",
        "2025-04-10",
        "closure_date",
        CLOSED,
        "icpc_date",
        AFTER);
    closedEpisode(f, "E");
    f.add(CIN_PLAN, "child_id", "E", "start_date", AFTER);
    closedEpisode(f, "F");
    f.add(CIN_PLAN, "child_id", "F", "start_date", "2025-05-01", "end_date", AFTER);
    assertThat(f.flagged("8565"))
        .containsExactly(
            "A ChildProtectionPlans",
            "B ChildProtectionPlans",
            "C ChildProtectionPlans",
            "D ChildProtectionPlans",
            "E ChildProtectionPlans",
            "F ChildProtectionPlans");
    assertThat(f.findings().get(0).values())
        .containsExactly(CLOSED, null, null, AFTER, null, null, null, null);
    assertThat(f.findings().get(1).values())
        .containsExactly(CLOSED, null, null, null, AFTER, null, null, null);
    assertThat(f.findings().get(2).values())
        .containsExactly(CLOSED, AFTER, null, null, null, null, null, null);
    assertThat(f.findings().get(3).values())
        .containsExactly(CLOSED, AFTER, null, null, null, null, null, null);
    assertThat(f.findings().get(4).values())
        .containsExactly(CLOSED, null, null, null, null, null, AFTER, null);
    assertThat(f.findings().get(5).values())
        .containsExactly(CLOSED, null, null, null, null, null, null, AFTER);
  }

  @Test
  void anOpenEpisodeAndAnotherEpisodesLaterActivityAreNotFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.cin("2025-26")
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-04-10")
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2026-01-10")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                1,
                "referral_date",
                "2025-04-10",
                "closure_date",
                CLOSED)
            .add(CIN_EPISODE, "child_id", "C2", "episode_no", 2, "referral_date", "2025-09-01")
            .add(CIN_PLAN, "child_id", "C2", "episode_no", 2, "start_date", "2025-09-01")
            .add(
                CP_PLAN,
                "child_id",
                "C2",
                "episode_no",
                2,
                "start_date",
                "2025-09-01",
                "end_date",
                "2025-12-01");
    assertThat(f.flagged("8565")).isEmpty();
  }
}
