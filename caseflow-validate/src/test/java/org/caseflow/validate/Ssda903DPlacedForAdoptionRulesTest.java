package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the decisions that a child should be placed for adoption (PlacedAdoption): 522,
 * 523, 525, 551 to 554, 557 to 561, 563, 579, 583 and 584.
 */
class Ssda903DPlacedForAdoptionRulesTest {
  private static final String PA = "PlacedAdoption row ";

  @Test
  void aDecisionReversedTheDayBeforeItWasMadeIsFlaggedAndOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2025-06-02",
                "decision_ceased_date",
                "2025-06-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2025-06-02",
                "decision_ceased_date",
                "2025-06-02");
    assertThat(f.flagged("522")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void theLatestDecisionMustBeDatedAsTheBestInterestDecision() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-01")
            .add(ADOPTION, "child_id", "C1", "decision_date", "2025-06-02")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2024-01-10",
                "decision_ceased_date",
                "2024-05-01",
                "reason_ceased",
                "RD1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-02-01")
            .add(ADOPTION, "child_id", "C3", "decision_date", "2025-02-01");
    assertThat(f.flagged("523")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void aChildWhoseLatestDecisionWasReversedCannotBeAdoptedButOneWithAnEarlierReversalCan()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01",
                "reason_ceased",
                "RD1")
            .add(ADOPTION, "child_id", "C1", "match_date", "2025-09-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2024-05-01",
                "decision_ceased_date",
                "2024-08-01",
                "reason_ceased",
                "RD1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-05-01")
            .add(ADOPTION, "child_id", "C2", "match_date", "2025-09-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01")
            .add(ADOPTION, "child_id", "C3");
    assertThat(f.flagged("525")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void anAdoptionPlacementWithoutAnyDecisionDateIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "placement_type", "A3")
            .add(CLA_EPISODE, "child_id", "C2", "placement_type", "A5")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-05-01")
            .add(CLA_EPISODE, "child_id", "C3", "placement_type", "U1")
            .add(CLA_EPISODE, "child_id", "C4", "placement_type", "A4")
            .add(PLACED_FOR_ADOPTION, "child_id", "C4", "unreadable", "DATE_PLACED");
    assertThat(f.flagged("551")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void anAdoptionPlacementStartingBeforeTheDecisionIsFlaggedOnceForTheRunOfPlacements()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-05-01", "placement_type", "U1")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-06-01", "placement_type", "A3")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-08-01", "placement_type", "A4")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-02")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-06-01", "placement_type", "A4")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-06-01", "placement_type", "A3");
    assertThat(f.flagged("552")).containsExactly("C1 Episodes row 2");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-02", "2025-06-01");
  }

  @Test
  void aPlacementOrderNeedsADecisionAndAnOpenOneADecisionStillStanding() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "legal_status", "E1")
            .add(CLA_EPISODE, "child_id", "C2", "legal_status", "E1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-05-01")
            .add(CLA_EPISODE, "child_id", "C3", "legal_status", "E1")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2025-05-01",
                "reason_ceased",
                "RD1")
            .add(CLA_EPISODE, "child_id", "C4", "legal_status", "E1", "end_date", "2025-09-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C4",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-09-01",
                "reason_ceased",
                "RD1")
            .add(CLA_EPISODE, "child_id", "C5", "legal_status", "C2");
    assertThat(f.flagged("553")).containsExactly("C1 Episodes row 1", "C3 Episodes row 3");
  }

  @Test
  void aPlacementOrderGrantedTheDayBeforeTheDecisionIsFlaggedAndOnTheDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-05-01", "legal_status", "C2")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-06-01", "legal_status", "E1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-02")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-06-01", "legal_status", "E1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-06-01");
    assertThat(f.flagged("554")).containsExactly("C1 Episodes row 2");
  }

  @Test
  void leavingCareFromAnAdoptionPathwayButNotByAdoptionNeedsTheDecisionReversedInFull()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "placement_type",
                "A3",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E13")
            .add(
                CLA_EPISODE,
                "child_id",
                "C2",
                "legal_status",
                "E1",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E41")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01",
                "reason_ceased",
                "RD1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "placement_type",
                "A3",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E11")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-05-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C4",
                "placement_type",
                "A4",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C5",
                "legal_status",
                "E1",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E13")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C5",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01");
    assertThat(f.flagged("557")).containsExactly("C1 Episodes row 1", "C5 Episodes row 5");
  }

  @Test
  void anAdoptedChildsLatestDecisionMustNotBeReversedThoughAnEarlierOneMayBe() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "end_date", "2025-10-01", "reason_ceased", "E11")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01")
            .add(CLA_EPISODE, "child_id", "C2", "end_date", "2025-10-01", "reason_ceased", "E12")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2024-05-01",
                "decision_ceased_date",
                "2024-08-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-05-01");
    assertThat(f.flagged("558")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aDecisionFromBeforeTheYearMustBeInLastYearsReturnAndOneOn1AprilNeedNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-03-31")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-03-31")
            .lastYear(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-03-31")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-04-01");
    assertThat(f.flagged("559")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void withoutLastYearsReturnTheRulesComparingWithItAreSkipped() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-03-31");
    java.util.List<String> flagged = f.flagged("559");
    assertThat(flagged).hasSize(1);
    assertThat(flagged.get(0)).startsWith("skipped: ");
  }

  @Test
  void aDecisionOpenLastYearMustKeepItsDateThisYear() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .lastYear(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2024-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2024-06-02")
            .lastYear(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2024-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2024-06-01")
            .lastYear(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2024-09-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-01-01");
    assertThat(f.flagged("560")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void aDecisionReversedLastYearCannotComeBackWithTheSameDate() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .lastYear(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2024-09-01",
                "reason_ceased",
                "RD1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2024-06-01")
            .lastYear(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2024-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2024-06-01")
            .lastYear(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2024-06-01",
                "reason_ceased",
                "RD2")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2024-06-01");
    assertThat(f.flagged("561")).containsExactly("C1 " + PA + 1, "C3 " + PA + 3);
  }

  @Test
  void afterADecisionReversedLastYearANewOneMustBeDatedAfterIt() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .lastYear(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2024-09-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2024-06-01")
            .lastYear(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2024-09-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2024-06-02")
            .lastYear(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2024-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2024-05-01");
    assertThat(f.flagged("584")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void aReversalOfADecisionWithoutADateIsFlaggedOnlyWhenItHasBothDateAndReason() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_ceased_date",
                "2025-08-01",
                "reason_ceased",
                "RD1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_ceased_date", "2025-08-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-08-01",
                "reason_ceased",
                "RD1")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C4",
                "decision_ceased_date",
                "2025-08-01",
                "reason_ceased",
                "RD1",
                "unreadable",
                "DATE_PLACED");
    assertThat(f.flagged("563")).containsExactly("C1 " + PA + 1);
  }

  @Test
  void aDecisionMadeWhileAnEarlierOneIsOpenIsFlaggedAndOneOnTheDayItCeasedIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C1",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-06-10")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-05-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-07-01");
    assertThat(f.flagged("579")).containsExactly("C1 " + PA + 2, "C3 " + PA + 6);
  }

  @Test
  void everyDecisionButTheLatestMustShowWhenItCeased() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-05-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C2",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-05-20")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C3",
                "decision_date",
                "2025-06-01",
                "decision_ceased_date",
                "2025-06-10")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2025-05-01");
    assertThat(f.flagged("583")).containsExactly("C1 " + PA + 1, "C1 " + PA + 2, "C3 " + PA + 6);
  }
}
