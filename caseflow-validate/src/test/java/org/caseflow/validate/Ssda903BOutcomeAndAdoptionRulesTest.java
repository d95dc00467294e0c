package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the outcomes (OC2, OC3) and adoptions (AD1, and the episodes ending in them):
 * 197a, 198, 215, 331-336, 344-348, each where it fires and where it only just does not.
 */
class Ssda903BOutcomeAndAdoptionRulesTest {
  @Test
  void aReasonForNoSdqBesideAScoreIsFlaggedAndAReasonAloneIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(HEALTH_OUTCOME, "child_id", "A", "sdq_score", 10, "sdq_reason", "SDQ1")
            .add(HEALTH_OUTCOME, "child_id", "B", "sdq_reason", "SDQ1")
            .add(HEALTH_OUTCOME, "child_id", "C", "sdq_score", 0)
            .add(HEALTH_OUTCOME, "child_id", "D", "sdq_reason", "SDQ2", "unreadable", "SDQ_SCORE");
    assertThat(f.flagged("197a")).containsExactly("A OC2 row 1", "D OC2 row 4");
  }

  @Test
  void anSdqReasonForAChildNotLookedAfterAllYearIsFlaggedAndOneInCareSince1AprilIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(HEALTH_OUTCOME, "child_id", "A", "sdq_reason", "SDQ1")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01")
            .add(HEALTH_OUTCOME, "child_id", "B", "sdq_reason", "SDQ1")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-04-02")
            .add(HEALTH_OUTCOME, "child_id", "C", "sdq_reason", "SDQ1")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2025-04-01")
            .add(HEALTH_OUTCOME, "child_id", "D", "sdq_reason", "SDQ1")
            .add(HEALTH_OUTCOME, "child_id", "E", "sdq_reason", "SDQ1")
            .add(CLA_EPISODE, "child_id", "E", "start_date", "2024-01-01", "legal_status", "V3")
            .add(HEALTH_OUTCOME, "child_id", "F")
            .add(CLA_EPISODE, "child_id", "F", "start_date", "2025-06-01")
            .add(HEALTH_OUTCOME, "child_id", "G", "sdq_reason", "SDQ1")
            .add(
                CLA_EPISODE,
                "child_id",
                "G",
                "start_date",
                "2024-01-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E3");
    assertThat(f.flagged("198"))
        .containsExactly("B Episodes", "D Episodes", "E Episodes", "G Episodes");
  }

  @Test
  void careLeaverInformationBesideTwelveMonthOutcomesIsFlaggedAndEitherAloneIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(HEALTH_OUTCOME, "child_id", "A", "convicted", false)
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "YES")
            .add(HEALTH_OUTCOME, "child_id", "B", "sdq_score", 5)
            .add(CARE_LEAVER, "child_id", "B", "in_touch", "YES")
            .add(HEALTH_OUTCOME, "child_id", "C", "immunisations", true)
            .add(HEALTH_OUTCOME, "child_id", "D", "teeth_check", true)
            .add(CARE_LEAVER, "child_id", "D");
    assertThat(f.flagged("215")).containsExactly("A OC2 row 1");
    assertThat(f.findings().get(0).values())
        .containsExactly("YES", null, null, "0", null, null, null, null, null, null, null);
  }

  @Test
  void matchingTheDayAfterPlacementForAdoptionIsFlaggedAndOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(ADOPTION, "child_id", "A", "match_date", "2025-06-02")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-12-01",
                "reason_ceased",
                "E11")
            .add(ADOPTION, "child_id", "B", "match_date", "2025-06-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-12-01",
                "reason_ceased",
                "E12")
            .add(ADOPTION, "child_id", "C", "match_date", "2025-06-05")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-12-01",
                "reason_ceased",
                "E3");
    assertThat(f.flagged("331")).containsExactly("A AD1 row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-02", "2025-06-01", "E11");
  }

  @Test
  void aDecisionToPlaceAfterMatchingIsFlaggedAndOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                ADOPTION,
                "child_id",
                "A",
                "decision_date",
                "2025-05-02",
                "match_date",
                "2025-05-01")
            .add(
                ADOPTION,
                "child_id",
                "B",
                "decision_date",
                "2025-05-01",
                "match_date",
                "2025-05-01");
    assertThat(f.flagged("333")).containsExactly("A AD1 row 1");
  }

  @Test
  void aDecisionToPlaceBeforeTheLatestPeriodOfCareIsFlaggedAndOnItsFirstDayIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-05-01")
            .add(ADOPTION, "child_id", "A", "decision_date", "2025-04-30")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-05-01")
            .add(ADOPTION, "child_id", "B", "decision_date", "2025-05-01")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2023-01-01")
            .add(
                CLA_EPISODE, "child_id", "C", "start_date", "2025-06-01", "reason_new_episode", "P")
            .add(ADOPTION, "child_id", "C", "decision_date", "2024-01-01");
    assertThat(f.flagged("334")).containsExactly("A Episodes row 2");
  }

  @Test
  void anAdoptionPlacementThatDisagreesWithTheFosterCarerFlagIsFlagged() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    Object[][] cases = {
      {"A", "A3", "E11", false},
      {"B", "A5", "E12", true},
      {"C", "A4", "E11", true},
      {"D", "A6", "E11", false},
      {"E", "A3", "E3", false}
    };
    for (Object[] c : cases) {
      f.add(
          CLA_EPISODE,
          "child_id",
          c[0],
          "start_date",
          "2025-05-01",
          "end_date",
          "2025-12-01",
          "placement_type",
          c[1],
          "reason_ceased",
          c[2]);
      f.add(ADOPTION, "child_id", c[0], "by_foster_carer", c[3]);
    }
    assertThat(f.flagged("335")).containsExactly("A Episodes row 1", "C Episodes row 3");
    assertThat(f.findings().get(0).values()).containsExactly("A3", "0");
  }

  @Test
  void anAdoptionWithTheFosterCarerAfterAnotherKindOfPlacementIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-04-10", "placement_type", "U1")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-06-01", "placement_type", "A3")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-04-10", "placement_type", "R1")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-06-01", "placement_type", "A5")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2025-06-01", "placement_type", "A3")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-04-10", "placement_type", "K2")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-06-01", "placement_type", "A4");
    assertThat(f.flagged("336")).containsExactly("B Episodes row 4");
  }

  @Test
  void activityOrAccommodationForAYoungPersonWhoDiedOrWentHomeIsFlaggedButZeroIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "DIED", "activity", "F1")
            .add(
                CARE_LEAVER,
                "child_id",
                "B",
                "in_touch",
                "RHOM",
                "activity",
                "0",
                "accommodation",
                "0")
            .add(CARE_LEAVER, "child_id", "C", "in_touch", "DIED")
            .add(
                CARE_LEAVER,
                "child_id",
                "D",
                "in_touch",
                "RHOM",
                "activity",
                "0",
                "accommodation",
                "W1")
            .add(CARE_LEAVER, "child_id", "E", "in_touch", "YES", "activity", "F1");
    assertThat(f.flagged("344")).containsExactly("A OC3 row 1", "D OC3 row 4");
  }

  @Test
  void aZeroActivityOrAccommodationForAYoungPersonInTouchIsFlagged() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    String[][] cases = {
      {"A", "YES", "0", "W1"},
      {"B", "YES", "F1", "W1"},
      {"C", "NO", "0", "0"},
      {"D", "YES", "F1", "0"}
    };
    for (String[] c : cases) {
      f.add(
          CARE_LEAVER, "child_id", c[0], "in_touch", c[1], "activity", c[2], "accommodation", c[3]);
    }
    assertThat(f.flagged("345")).containsExactly("A OC3 row 1", "D OC3 row 4");
  }

  @Test
  void aFoyerForAYoungPersonUnder18On1AprilIsFlaggedAndOn18thBirthdayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2007-04-02")
            .add(CARE_LEAVER, "child_id", "A", "accommodation", "T1")
            .add(CHILD, "child_id", "B", "birth_date", "2007-04-01")
            .add(CARE_LEAVER, "child_id", "B", "accommodation", "T2")
            .add(CHILD, "child_id", "C", "birth_date", "2008-01-01")
            .add(CARE_LEAVER, "child_id", "C", "accommodation", "W1");
    assertThat(f.flagged("347")).containsExactly("A OC3 row 1");
  }

  @Test
  void aCareLeaverReportedAsDiedInAnEarlierYearAndNotThisYearIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .inYear("2023-24", CARE_LEAVER, "child_id", "A", "in_touch", "DIED")
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "YES")
            .lastYear(CARE_LEAVER, "child_id", "B", "in_touch", "DIED")
            .add(CARE_LEAVER, "child_id", "B", "in_touch", "DIED")
            .lastYear(CARE_LEAVER, "child_id", "C", "in_touch", "YES")
            .add(CARE_LEAVER, "child_id", "C", "in_touch", "NO");
    assertThat(f.flagged("348")).containsExactly("A OC3 row 1");
  }
}
