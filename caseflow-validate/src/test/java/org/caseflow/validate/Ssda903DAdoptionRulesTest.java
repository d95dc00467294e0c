package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the adopters (AD1) and the adoptions the episodes show: 511, 514, 516 to 521,
 * 524, 582, 601 and 602.
 */
class Ssda903DAdoptionRulesTest {
  /** One AD1 row per sex given, for children C1, C2, ... with the adopters' legal status. */
  private static ReturnFixture adopters(String legalStatus, String... sexes) {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    for (int i = 0; i < sexes.length; i++) {
      f.add(
          ADOPTION,
          "child_id",
          "C" + (i + 1),
          "adopter_legal_status",
          legalStatus,
          "adopter_sex",
          sexes[i]);
    }
    return f;
  }

  /** An AD1 row with every adoption field completed. */
  private static ReturnFixture completeAdoption(ReturnFixture f, String child) {
    return f.add(
        ADOPTION,
        "child_id",
        child,
        "decision_date",
        "2025-01-10",
        "match_date",
        "2025-05-01",
        "by_foster_carer",
        false,
        "number_of_adopters",
        2,
        "adopter_sex",
        "MF",
        "adopter_legal_status",
        "L11");
  }

  @Test
  void twoAdoptersWhoseSexesAreASingleAdoptersOrBlankAreFlaggedAndACoupleIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(ADOPTION, "child_id", "C1", "number_of_adopters", 2, "adopter_sex", "M1")
            .add(ADOPTION, "child_id", "C2", "number_of_adopters", 2, "adopter_sex", "MF")
            .add(ADOPTION, "child_id", "C3", "number_of_adopters", 1, "adopter_sex", "F1")
            .add(ADOPTION, "child_id", "C4", "number_of_adopters", 2)
            .add(ADOPTION, "child_id", "C5", "adopter_sex", "M1");
    assertThat(f.flagged("511")).containsExactly("C1 AD1 row 1", "C4 AD1 row 4");
  }

  @Test
  void aSingleAdopterMustHaveASingleAdoptersSex() throws Exception {
    ReturnFixture f = adopters("L0", "M1", "F1", "MM", null);
    assertThat(f.flagged("514")).containsExactly("C3 AD1 row 3", "C4 AD1 row 4");
  }

  @Test
  void aDifferentSexMarriedCoupleUnderL3MustBeMfAndOtherStatusesAreNotAsked() throws Exception {
    ReturnFixture f =
        adopters("L3", "MF", "MM", "FF")
            .add(ADOPTION, "child_id", "C9", "adopter_legal_status", "L4", "adopter_sex", "MM");
    assertThat(f.flagged("517")).containsExactly("C2 AD1 row 2", "C3 AD1 row 3");
  }

  @Test
  void aSameSexMarriedCoupleUnderL4MustBeMmOrFf() throws Exception {
    ReturnFixture f = adopters("L4", "MM", "FF", "MF", "M1");
    assertThat(f.flagged("518")).containsExactly("C3 AD1 row 3", "C4 AD1 row 4");
  }

  @Test
  void aCivilPartnershipUnderL2MustBeACoupleOfAnySexes() throws Exception {
    ReturnFixture f = adopters("L2", "MM", "FF", "MF", "M1", null);
    assertThat(f.flagged("519")).containsExactly("C4 AD1 row 4", "C5 AD1 row 5");
  }

  @Test
  void aDifferentSexMarriedCoupleUnderL11MustBeMf() throws Exception {
    ReturnFixture f = adopters("L11", "MF", "MM", "FF");
    assertThat(f.flagged("520")).containsExactly("C2 AD1 row 2", "C3 AD1 row 3");
  }

  @Test
  void aSameSexCivilPartnershipUnderL12MustBeMmOrFf() throws Exception {
    ReturnFixture f = adopters("L12", "MM", "FF", "MF", "F1");
    assertThat(f.flagged("524")).containsExactly("C3 AD1 row 3", "C4 AD1 row 4");
  }

  @Test
  void leavingCareToFormerFosterCarersNeedsAFosterPlacement() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "reason_ceased", "E45", "placement_type", "U1")
            .add(CLA_EPISODE, "child_id", "C2", "reason_ceased", "E46", "placement_type", "T1")
            .add(CLA_EPISODE, "child_id", "C3", "reason_ceased", "E11", "placement_type", "T1")
            .add(CLA_EPISODE, "child_id", "C4", "reason_ceased", "E45", "placement_type", "U6");
    assertThat(f.flagged("516")).containsExactly("C2 Episodes row 2");
  }

  @Test
  void anAdoptionPlacementStartingTheDayBeforeTheBestInterestDecisionIsFlaggedAndOnTheDayIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-06-01", "placement_type", "A3")
            .add(ADOPTION, "child_id", "C1", "decision_date", "2025-06-02")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-06-01", "placement_type", "A4")
            .add(ADOPTION, "child_id", "C2", "decision_date", "2025-06-01")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-06-01", "placement_type", "U1")
            .add(ADOPTION, "child_id", "C3", "decision_date", "2025-07-01");
    assertThat(f.flagged("521")).containsExactly("C1 Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("A3", "2025-06-01", "2025-06-02");
  }

  @Test
  void anAdoptionOnTheDayOfTheMatchIsQueriedAndADayLaterIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, "child_id", "C1", "end_date", "2025-09-01", "reason_ceased", "E11")
            .add(ADOPTION, "child_id", "C1", "match_date", "2025-09-01")
            .add(CLA_EPISODE, "child_id", "C2", "end_date", "2025-09-01", "reason_ceased", "E12")
            .add(ADOPTION, "child_id", "C2", "match_date", "2025-08-31")
            .add(CLA_EPISODE, "child_id", "C3", "end_date", "2025-09-01", "reason_ceased", "E4A")
            .add(ADOPTION, "child_id", "C3", "match_date", "2025-09-01");
    assertThat(f.flagged("582")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aChildAdoptedInTheYearNeedsEveryAdoptionFieldAndOneAdoptedBeforeTheYearDoesNot()
      throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    f.add(CLA_EPISODE, "child_id", "C1", "end_date", "2025-09-01", "reason_ceased", "E11");
    completeAdoption(f, "C1");
    f.add(CLA_EPISODE, "child_id", "C2", "end_date", "2025-10-01", "reason_ceased", "E12")
        .add(ADOPTION, "child_id", "C2", "decision_date", "2025-01-10", "match_date", "2025-05-01")
        .add(CLA_EPISODE, "child_id", "C3", "end_date", "2025-04-01", "reason_ceased", "E11")
        .add(CLA_EPISODE, "child_id", "C4", "end_date", "2025-03-31", "reason_ceased", "E11")
        .add(CLA_EPISODE, "child_id", "C5", "end_date", "2025-09-01", "reason_ceased", "E13");
    assertThat(f.flagged("601")).containsExactly("C2 Episodes row 2", "C3 Episodes row 3");
  }

  @Test
  void adoptionDetailsForAChildNotAdoptedInTheYearAreFlaggedUpTo31March() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    f.add(CLA_EPISODE, "child_id", "C1", "end_date", "2025-09-01", "reason_ceased", "E11");
    completeAdoption(f, "C1");
    f.add(CLA_EPISODE, "child_id", "C2", "end_date", "2025-09-01", "reason_ceased", "E4A");
    completeAdoption(f, "C2");
    f.add(CLA_EPISODE, "child_id", "C3", "end_date", "2026-03-31", "reason_ceased", "E12");
    completeAdoption(f, "C3");
    f.add(CLA_EPISODE, "child_id", "C4", "end_date", "2026-04-01", "reason_ceased", "E12");
    completeAdoption(f, "C4");
    f.add(ADOPTION, "child_id", "C5");
    assertThat(f.flagged("602")).containsExactly("C2 Episodes", "C4 Episodes");
  }
}
