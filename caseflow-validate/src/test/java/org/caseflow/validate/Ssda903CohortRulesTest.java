package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;

import org.junit.jupiter.api.Test;

/**
 * The SSDA903 OC2 (children looked after for 12 months) and OC3 (care leavers) rules, each where it
 * fires and where it only just does not. The year is 2025-26: 1 April 2025 to 31 March 2026.
 */
class Ssda903CohortRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  /** A child looked after since May 2024, still in care: looked after for 12 months. */
  private static ReturnFixture longStay(ReturnFixture f, String child, String born) {
    return f.add(CHILD, "child_id", child, "birth_date", born)
        .add(CLA_EPISODE, "child_id", child, "start_date", "2024-05-01");
  }

  /** A child who came into care in the year (RNE S on 2 April): not looked after 12 months. */
  private static ReturnFixture newcomer(ReturnFixture f, String child, String born) {
    return f.add(CHILD, "child_id", child, "birth_date", born)
        .add(CLA_EPISODE, "child_id", child, "start_date", "2025-04-02");
  }

  /** A complete OC2 row, the pairs given overriding it. */
  private static ReturnFixture oc2(ReturnFixture f, String child, Object... pairs) {
    Object[] base = {
      "child_id", child,
      "sdq_score", 12,
      "convicted", false,
      "health_check", true,
      "immunisations", true,
      "teeth_check", true,
      "health_assessment", true,
      "substance_misuse", false
    };
    Object[] all = new Object[base.length + pairs.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(pairs, 0, all, base.length, pairs.length);
    return f.add(HEALTH_OUTCOME, all);
  }

  // ---------------------------------------------------------------- OC3

  @Test
  void careLeaverCodesOutsideTheirListsOrABlankInTouchAreFlaggedAndTheLastCodesAreNot()
      throws Exception {
    ReturnFixture f =
        y2526()
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "MAYBE", "activity", "F3")
            .add(CARE_LEAVER, "child_id", "B", "in_touch", "RHOM", "activity", "0")
            .add(CARE_LEAVER, "child_id", "C", "in_touch", "NO", "accommodation", "Z3")
            .add(CARE_LEAVER, "child_id", "D", "in_touch", "NO", "accommodation", "0")
            .add(
                CARE_LEAVER,
                "child_id",
                "E",
                "in_touch",
                "YES",
                "activity",
                "G6",
                "accommodation",
                "Z2")
            .add(CARE_LEAVER, "child_id", "F");
    assertThat(f.flagged("131")).containsExactly("A OC3 row 1", "F OC3 row 6");
    assertThat(f.flagged("132")).containsExactly("A OC3 row 1");
    assertThat(f.flagged("133")).containsExactly("C OC3 row 3");
  }

  @Test
  void careLeaverItemsMustBeAllGivenOrAllBlank() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "YES", "activity", "F1")
            .add(CARE_LEAVER, "child_id", "B", "accommodation", "B1")
            .add(
                CARE_LEAVER,
                "child_id",
                "C",
                "in_touch",
                "YES",
                "activity",
                "F1",
                "accommodation",
                "B1")
            .add(CARE_LEAVER, "child_id", "D");
    assertThat(f.flagged("153")).containsExactly("A OC3 row 1", "B OC3 row 2");
  }

  @Test
  void aCareLeaverWithAdoptionDataIsFlaggedAndOneWithoutIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "YES")
            .add(ADOPTION, "child_id", "A", "adopter_sex", "MF")
            .add(CARE_LEAVER, "child_id", "B", "in_touch", "YES")
            .add(ADOPTION, "child_id", "B")
            .add(CARE_LEAVER, "child_id", "C")
            .add(ADOPTION, "child_id", "C", "adopter_sex", "MF")
            .add(CARE_LEAVER, "child_id", "D", "activity", "F1")
            .add(ADOPTION, "child_id", "D", "unreadable", "DATE_INT");
    assertThat(f.flagged("134")).containsExactly("A OC3 row 1", "D OC3 row 4");
  }

  // ---------------------------------------------------------------- OC2 form

  @Test
  void anSdqScoreOutsideZeroToFortyOrUnreadableIsFlaggedAndFortyIsNot() throws Exception {
    ReturnFixture f = y2526();
    oc2(f, "A", "sdq_score", 41);
    oc2(f, "B", "sdq_score", -1);
    oc2(f, "C", "sdq_score", null, "unreadable", "SDQ_SCORE");
    oc2(f, "D", "sdq_score", 40);
    oc2(f, "E", "sdq_score", 0);
    oc2(f, "F", "sdq_score", null);
    assertThat(f.flagged("180")).containsExactly("A OC2 row 1", "B OC2 row 2", "C OC2 row 3");
  }

  @Test
  void anOc2FlagThatIsNotZeroOrOneIsFlaggedAndABlankOneIsNot() throws Exception {
    ReturnFixture f = y2526();
    oc2(f, "A", "convicted", null, "unreadable", "CONVICTED");
    oc2(f, "B", "intervention_offered", null, "unreadable", "INTERVENTION_OFFERED");
    oc2(f, "C", "convicted", null);
    assertThat(f.flagged("181")).containsExactly("A OC2 row 1", "B OC2 row 2");
  }

  @Test
  void theFourCoreOc2ItemsMustBeGivenUnlessEveryItemIsBlank() throws Exception {
    ReturnFixture f = y2526();
    oc2(f, "A", "teeth_check", null);
    oc2(
        f,
        "B",
        "convicted",
        null,
        "health_check",
        null,
        "immunisations",
        null,
        "teeth_check",
        null,
        "health_assessment",
        null,
        "substance_misuse",
        null);
    oc2(f, "C");
    oc2(
        f,
        "D",
        "convicted",
        null,
        "health_check",
        null,
        "immunisations",
        null,
        "teeth_check",
        null,
        "health_assessment",
        null,
        "substance_misuse",
        null,
        "intervention_offered",
        true);
    oc2(f, "E", "immunisations", null, "unreadable", "IMMUNISATIONS");
    assertThat(f.flagged("182")).containsExactly("A OC2 row 1", "D OC2 row 4");
  }

  @Test
  void interventionItemsFollowTheSubstanceMisuseAnswers() throws Exception {
    ReturnFixture f = y2526();
    // received, and offered also given: 158
    oc2(
        f,
        "A",
        "substance_misuse",
        true,
        "intervention_received",
        true,
        "intervention_offered",
        true);
    // received, offered blank: fine
    oc2(f, "B", "substance_misuse", true, "intervention_received", true);
    // not received, offered blank: 159
    oc2(f, "C", "substance_misuse", true, "intervention_received", false);
    // not received, offered given: fine
    oc2(
        f,
        "D",
        "substance_misuse",
        true,
        "intervention_received",
        false,
        "intervention_offered",
        false);
    // misuse, received blank: 192
    oc2(f, "E", "substance_misuse", true);
    // no misuse, an intervention item given: 193
    oc2(f, "F", "substance_misuse", false, "intervention_offered", false);
    // no misuse, both blank: fine
    oc2(f, "G", "substance_misuse", false);
    assertThat(f.flagged("158")).containsExactly("A OC2 row 1");
    assertThat(f.flagged("159")).containsExactly("C OC2 row 3");
    assertThat(f.flagged("192")).containsExactly("E OC2 row 5");
    assertThat(f.flagged("193")).containsExactly("F OC2 row 6");
  }

  @Test
  void anSdqReasonOutsideTheListIsFlaggedAndSdq5IsNot() throws Exception {
    ReturnFixture f = y2526();
    oc2(f, "A", "sdq_score", null, "sdq_reason", "SDQ6");
    oc2(f, "B", "sdq_score", null, "sdq_reason", "SDQ5");
    oc2(f, "C");
    assertThat(f.flagged("196")).containsExactly("A OC2 row 1");
  }

  // ---------------------------------------------------------------- OC2 ages

  @Test
  void anSdqForAChildUnderFourAtTheEndOfTheYearIsFlaggedAndOneFourThatDayIsNot() throws Exception {
    ReturnFixture f = y2526().add(CHILD, "child_id", "A", "birth_date", "2022-04-01");
    oc2(f, "A", "sdq_score", 10);
    f.add(CHILD, "child_id", "B", "birth_date", "2022-04-01");
    oc2(f, "B", "sdq_score", null, "sdq_reason", "SDQ1");
    f.add(CHILD, "child_id", "C", "birth_date", "2022-03-31");
    oc2(f, "C", "sdq_score", 10);
    f.add(CHILD, "child_id", "D", "birth_date", "2022-04-01");
    oc2(f, "D", "sdq_score", null);
    assertThat(f.flagged("188")).containsExactly("A OC2 row 1", "B OC2 row 2");
  }

  @Test
  void anSdqForAChildSeventeenAtTheStartOfTheYearIsFlaggedAndOneTurningSeventeenNextDayIsNot()
      throws Exception {
    ReturnFixture f = y2526().add(CHILD, "child_id", "A", "birth_date", "2008-04-01");
    oc2(f, "A", "sdq_score", 10);
    f.add(CHILD, "child_id", "B", "birth_date", "2008-04-02");
    oc2(f, "B", "sdq_score", 10);
    assertThat(f.flagged("189")).containsExactly("A OC2 row 1");
  }

  // ---------------------------------------------------------------- looked after 12 months

  @Test
  void sdq1ForAChildOfSdqAgeLookedAfterTwelveMonthsIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    // A: four on 1 April, in care all year
    longStay(f, "A", "2021-04-01");
    oc2(f, "A", "sdq_score", null, "sdq_reason", "SDQ1");
    // B: four the day after 1 April
    longStay(f, "B", "2021-04-02");
    oc2(f, "B", "sdq_score", null, "sdq_reason", "SDQ1");
    // C: still sixteen on 31 March (seventeen on 1 April 2026)
    longStay(f, "C", "2009-04-01");
    oc2(f, "C", "sdq_score", null, "sdq_reason", "SDQ1");
    // D: seventeen on 31 March
    longStay(f, "D", "2009-03-31");
    oc2(f, "D", "sdq_score", null, "sdq_reason", "SDQ1");
    // E: the right age but came into care in the year
    newcomer(f, "E", "2015-06-01");
    oc2(f, "E", "sdq_score", null, "sdq_reason", "SDQ1");
    // G: another reason
    longStay(f, "G", "2015-06-01");
    oc2(f, "G", "sdq_score", null, "sdq_reason", "SDQ2");
    assertThat(f.flagged("157")).containsExactly("A OC2 row 1", "C OC2 row 3");
  }

  @Test
  void aChildTurningFourOrSeventeenInTheYearNeedsAScoreOrAReason() throws Exception {
    ReturnFixture f = y2526();
    // A: four on 1 April, B: seventeen on 31 March, neither score nor reason
    longStay(f, "A", "2021-04-01");
    oc2(f, "A", "sdq_score", null);
    longStay(f, "B", "2009-03-31");
    oc2(f, "B", "sdq_score", null);
    // C: four on 1 April 2026, the day after the year
    longStay(f, "C", "2022-04-01");
    oc2(f, "C", "sdq_score", null);
    // D: four in the year with a reason
    longStay(f, "D", "2021-10-01");
    oc2(f, "D", "sdq_score", null, "sdq_reason", "SDQ2");
    // E: four in the year, not looked after 12 months
    newcomer(f, "E", "2021-10-01");
    oc2(f, "E", "sdq_score", null);
    assertThat(f.flagged("197B")).containsExactly("A OC2 row 1", "B OC2 row 2");
  }

  @Test
  void anSdqScoreForAChildNotLookedAfterTwelveMonthsIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    newcomer(f, "A", "2015-06-01");
    oc2(f, "A");
    longStay(f, "B", "2015-06-01");
    oc2(f, "B");
    newcomer(f, "C", "2015-06-01");
    oc2(f, "C", "sdq_score", null, "sdq_reason", "SDQ2");
    // D: in care on 1 April but left care (E11) on 31 March
    f.add(CHILD, "child_id", "D")
        .add(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2024-05-01",
            "end_date",
            "2026-03-31",
            "reason_ceased",
            "E11");
    oc2(f, "D");
    // G: a short-break (V3) episode in the year beside the long stay
    longStay(f, "G", "2015-06-01");
    f.add(CLA_EPISODE, "child_id", "G", "start_date", "2025-08-01", "legal_status", "V3");
    oc2(f, "G");
    assertThat(f.flagged("185")).containsExactly("A Episodes", "D Episodes", "G Episodes");
  }

  @Test
  void aChildOfSdqAgeLookedAfterTwelveMonthsWithoutScoreOrReasonIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    // A: four on 1 April
    longStay(f, "A", "2021-04-01");
    oc2(f, "A", "sdq_score", null);
    // B: four the day after
    longStay(f, "B", "2021-04-02");
    oc2(f, "B", "sdq_score", null);
    // C: still sixteen on 31 March, D: seventeen on 31 March
    longStay(f, "C", "2009-04-01");
    oc2(f, "C", "sdq_score", null);
    longStay(f, "D", "2009-03-31");
    oc2(f, "D", "sdq_score", null);
    // E: a reason instead of a score
    longStay(f, "E", "2015-06-01");
    oc2(f, "E", "sdq_score", null, "sdq_reason", "SDQ3");
    // G: not looked after 12 months
    newcomer(f, "G", "2015-06-01");
    oc2(f, "G", "sdq_score", null);
    assertThat(f.flagged("186")).containsExactly("A Episodes", "C Episodes");
  }

  @Test
  void oc2ItemsForAChildNotLookedAfterTwelveMonthsAreFlagged() throws Exception {
    ReturnFixture f = y2526();
    newcomer(f, "A", "2015-06-01");
    oc2(f, "A", "sdq_score", null);
    newcomer(f, "B", "2015-06-01");
    oc2(
        f,
        "B",
        "convicted",
        null,
        "health_check",
        null,
        "immunisations",
        null,
        "teeth_check",
        null,
        "health_assessment",
        null,
        "substance_misuse",
        null);
    longStay(f, "C", "2015-06-01");
    oc2(f, "C");
    // D: in care on 1 April after an episode that only changed placement on that day
    f.add(CHILD, "child_id", "D")
        .add(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2024-05-01",
            "end_date",
            "2025-04-01",
            "reason_ceased",
            "X1")
        .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-04-01", "reason_new_episode", "P");
    oc2(f, "D");
    assertThat(f.flagged("190")).containsExactly("A OC2 row 1");
  }

  @Test
  void aChildLookedAfterTwelveMonthsWithABlankCoreItemOrNoOc2RowIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    longStay(f, "A", "2015-06-01");
    oc2(f, "A", "health_assessment", null);
    longStay(f, "B", "2015-06-01");
    longStay(f, "C", "2015-06-01");
    oc2(f, "C");
    newcomer(f, "D", "2015-06-01");
    oc2(f, "D", "health_assessment", null);
    longStay(f, "E", "2015-06-01");
    oc2(f, "E", "substance_misuse", null, "unreadable", "SUBSTANCE_MISUSE");
    assertThat(f.flagged("191")).containsExactly("A OC2 row 1", "B OC2");
  }

  @Test
  void aChildLookedAfterTwelveMonthsWithAdoptionOrCareLeaverDataIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    longStay(f, "A", "2015-06-01");
    f.add(ADOPTION, "child_id", "A", "match_date", "2025-06-01");
    longStay(f, "B", "2008-06-01");
    f.add(CARE_LEAVER, "child_id", "B", "in_touch", "YES");
    longStay(f, "C", "2015-06-01");
    f.add(ADOPTION, "child_id", "C");
    newcomer(f, "D", "2015-06-01");
    f.add(ADOPTION, "child_id", "D", "match_date", "2025-06-01");
    assertThat(f.flagged("187")).containsExactly("A OC3", "B OC3 row 1");
  }
}
