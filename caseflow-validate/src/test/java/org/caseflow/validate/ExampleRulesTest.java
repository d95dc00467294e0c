package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CHILD_DISABILITY;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import org.junit.jupiter.api.Test;

/** The engine's first rules, each where it fires and where it only just does not. */
class ExampleRulesTest {
  @Test
  void anAssessmentStartingTheDayBeforeItsReferralIsFlaggedAndOneOnTheSameDayIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.cin("2025-26")
            .add(CHILD, "child_id", "C1")
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-10")
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2025-05-09")
            .add(CHILD, "child_id", "C2")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-10")
            .add(ASSESSMENT, "child_id", "C2", "start_date", "2025-05-10");
    assertThat(f.flagged("1103")).containsExactly("C1 Assessments row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-09", "2025-05-10");
    assertThat(f.findings().get(0).fields())
        .containsExactly("AssessmentActualStartDate", "CINreferralDate");
  }

  @Test
  void anAssessmentIsComparedWithItsOwnEpisodesReferralOnly() throws Exception {
    ReturnFixture f =
        ReturnFixture.cin("2025-26")
            .add(CHILD, "child_id", "C1")
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1, "referral_date", "2025-04-02")
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 2, "referral_date", "2025-09-01")
            .add(ASSESSMENT, "child_id", "C1", "episode_no", 1, "start_date", "2025-05-01");
    assertThat(f.flagged("1103")).isEmpty();
  }

  @Test
  void aPlanEndingBeforeItStartedIsFlaggedAndOneEndingTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.cin("2025-26")
            .add(CP_PLAN, "child_id", "C1", "start_date", "2025-06-02", "end_date", "2025-06-01")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-06-02", "end_date", "2025-06-02")
            .add(CP_PLAN, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("8925")).containsExactly("C1 ChildProtectionPlans row 1");
  }

  @Test
  void aReturnWithSevenDisabilityCodesIsQueriedOnceAndOneWithEightIsNot() throws Exception {
    ReturnFixture seven = ReturnFixture.cin("2025-26");
    ReturnFixture eight = ReturnFixture.cin("2025-26");
    String[] codes = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"};
    for (int i = 0; i < codes.length; i++) {
      eight.add(CHILD_DISABILITY, "child_id", "C" + i, "disability", codes[i]);
      if (i < 7) {
        seven.add(CHILD_DISABILITY, "child_id", "C" + i, "disability", codes[i]);
      }
    }
    seven.add(CHILD_DISABILITY, "child_id", "C9", "disability", "NONE");
    assertThat(seven.flagged("2887Q")).containsExactly("- Disabilities");
    assertThat(seven.findings().get(0).severity()).isEqualTo(Severity.QUERY);
    assertThat(eight.flagged("2887Q")).isEmpty();
  }

  @Test
  void anEpisodeWithAnEndDateAndNoReasonIsFlaggedAsIsAReasonWithoutADate() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-04-10", "end_date", "2025-05-01")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-04-10", "reason_ceased", "E11")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-04-10",
                "end_date",
                "2025-05-01",
                "reason_ceased",
                "E11")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-04-10")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "start_date",
                "2025-04-10",
                "reason_ceased",
                "E11",
                "unreadable",
                "DEC");
    assertThat(f.flagged("148")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }

  @Test
  void aRuleReadingATableTheReturnDoesNotDeliverIsSkippedWithWhy() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26").without(CLA_EPISODE);
    assertThat(f.flagged("148")).containsExactly("skipped: the return has no Episodes table");
  }
}
