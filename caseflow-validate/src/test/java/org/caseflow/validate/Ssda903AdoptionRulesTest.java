package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;

import org.junit.jupiter.api.Test;

/** The SSDA903 AD1 and PlacedAdoption rules, each where it fires and where it only just not. */
class Ssda903AdoptionRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  /** A complete AD1 row for the child, the pairs given overriding it. */
  private static ReturnFixture ad1(ReturnFixture f, String child, Object... pairs) {
    Object[] base = {
      "child_id", child,
      "decision_date", "2024-10-01",
      "match_date", "2025-05-01",
      "by_foster_carer", false,
      "number_of_adopters", 2,
      "adopter_sex", "MF",
      "adopter_legal_status", "L11"
    };
    Object[] all = new Object[base.length + pairs.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(pairs, 0, all, base.length, pairs.length);
    return f.add(ADOPTION, all);
  }

  @Test
  void adoptionDatesAndTheFormerCarerFlagHeldInAnUnreadableFormAreFlagged() throws Exception {
    ReturnFixture f = y2526();
    ad1(f, "A", "decision_date", null, "unreadable", "DATE_INT");
    ad1(f, "B", "match_date", null, "unreadable", "DATE_MATCH");
    ad1(f, "C", "by_foster_carer", null, "unreadable", "FOSTER_CARE");
    ad1(f, "D", "decision_date", null, "match_date", null, "by_foster_carer", null);
    ad1(f, "E", "by_foster_carer", true);
    assertThat(f.flagged("112")).containsExactly("A AD1 row 1");
    assertThat(f.flagged("113")).containsExactly("B AD1 row 2");
    assertThat(f.flagged("114")).containsExactly("C AD1 row 3");
  }

  @Test
  void adopterCodesOutsideTheirListsAreFlaggedAndTheLastOfEachListIsNot() throws Exception {
    ReturnFixture f = y2526();
    ad1(f, "A", "number_of_adopters", 3);
    ad1(f, "B", "number_of_adopters", null, "unreadable", "NB_ADOPTR");
    ad1(f, "C", "number_of_adopters", 1);
    ad1(f, "D", "adopter_sex", "M2");
    ad1(f, "E", "adopter_sex", "FF");
    ad1(f, "F", "adopter_legal_status", "L1");
    ad1(f, "G", "adopter_legal_status", "L4");
    ad1(f, "H", "adopter_sex", null, "adopter_legal_status", null, "number_of_adopters", null);
    assertThat(f.flagged("175")).containsExactly("A AD1 row 1", "B AD1 row 2");
    assertThat(f.flagged("176")).containsExactly("D AD1 row 4");
    assertThat(f.flagged("177")).containsExactly("F AD1 row 6");
  }

  @Test
  void anAdoptionWithSomeItemsButNotAllIsFlaggedAndOneWithAllOrNoneIsNot() throws Exception {
    ReturnFixture f = y2526();
    ad1(f, "A", "adopter_legal_status", null);
    ad1(f, "B");
    ad1(
        f,
        "C",
        "decision_date",
        null,
        "match_date",
        null,
        "by_foster_carer",
        null,
        "number_of_adopters",
        null,
        "adopter_sex",
        null,
        "adopter_legal_status",
        null);
    ad1(f, "D", "decision_date", null, "unreadable", "DATE_INT");
    ad1(
        f,
        "E",
        "match_date",
        null,
        "by_foster_carer",
        null,
        "number_of_adopters",
        null,
        "adopter_sex",
        null,
        "adopter_legal_status",
        null);
    assertThat(f.flagged("151")).containsExactly("A AD1 row 1", "E AD1 row 5");
  }

  @Test
  void placementDecisionDatesHeldInAnUnreadableFormAreFlagged() throws Exception {
    ReturnFixture f =
        y2526()
            .add(PLACED_FOR_ADOPTION, "child_id", "A", "unreadable", "DATE_PLACED")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "B",
                "decision_date",
                "2025-05-01",
                "unreadable",
                "DATE_PLACED_CEASED",
                "reason_ceased",
                "RD1")
            .add(PLACED_FOR_ADOPTION, "child_id", "C", "decision_date", "2025-05-01");
    assertThat(f.flagged("115")).containsExactly("A PlacedAdoption row 1");
    assertThat(f.flagged("116")).containsExactly("B PlacedAdoption row 2");
  }

  @Test
  void aDecisionAfterTheYearOrAfterCareEndedIsFlaggedAndOneOnTheLastDayIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            // A: the decision after 31 March
            .add(PLACED_FOR_ADOPTION, "child_id", "A", "decision_date", "2026-04-01")
            // B: on 31 March, in care
            .add(PLACED_FOR_ADOPTION, "child_id", "B", "decision_date", "2026-03-31")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-05-01")
            // C: reversed the day after care ended (E11)
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C",
                "decision_date",
                "2025-06-01",
                "decision_ceased_date",
                "2025-09-02",
                "reason_ceased",
                "RD1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E11")
            // D: reversed on the day care ended
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "D",
                "decision_date",
                "2025-06-01",
                "decision_ceased_date",
                "2025-09-01",
                "reason_ceased",
                "RD1")
            .add(
                CLA_EPISODE,
                "child_id",
                "D",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E11")
            // E: the latest episode only changed placement (X1): care has not ended
            .add(PLACED_FOR_ADOPTION, "child_id", "E", "decision_date", "2025-10-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "X1");
    assertThat(f.flagged("117")).containsExactly("A Episodes", "C Episodes row 2");
    assertThat(f.findings().get(1).values())
        .containsExactly("2025-09-02", "2025-06-01", "2025-09-01", "E11", "2025-05-01");
  }

  @Test
  void aReversalBeforeTheYearOrBeforeCareBeganIsFlaggedAndOneOnTheFirstDayIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            // A: reversed on 31 March before the year
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "A",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2025-03-31")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-05-01")
            // B: reversed on 1 April
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "B",
                "decision_date",
                "2024-06-01",
                "decision_ceased_date",
                "2025-04-01")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2024-05-01")
            // C: reversed the day before the first episode not under V3/V4 began
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C",
                "decision_date",
                "2025-04-02",
                "decision_ceased_date",
                "2025-06-30")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-04-02",
                "end_date",
                "2025-07-01",
                "legal_status",
                "V3",
                "reason_ceased",
                "X1")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2025-07-01")
            // D: reversed on the day care began
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "D",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-07-01")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-07-01");
    assertThat(f.flagged("118")).containsExactly("A Episodes row 1", "C Episodes row 4");
  }

  @Test
  void aReversalDateWithoutItsReasonOrTheReverseIsFlagged() throws Exception {
    ReturnFixture f =
        y2526()
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "A",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-09-01")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "B",
                "decision_date",
                "2025-05-01",
                "reason_ceased",
                "RD2")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "C",
                "decision_date",
                "2025-05-01",
                "decision_ceased_date",
                "2025-09-01",
                "reason_ceased",
                "RD2")
            .add(
                PLACED_FOR_ADOPTION,
                "child_id",
                "D",
                "decision_date",
                "2025-05-01",
                "unreadable",
                "DATE_PLACED_CEASED",
                "reason_ceased",
                "RD2")
            .add(PLACED_FOR_ADOPTION, "child_id", "E", "decision_date", "2025-05-01");
    assertThat(f.flagged("119"))
        .containsExactly("A PlacedAdoption row 1", "B PlacedAdoption row 2");
  }

  @Test
  void aReversalReasonOutsideTheListIsFlaggedAndRd4IsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(PLACED_FOR_ADOPTION, "child_id", "A", "reason_ceased", "RD5")
            .add(PLACED_FOR_ADOPTION, "child_id", "B", "reason_ceased", "RD4")
            .add(PLACED_FOR_ADOPTION, "child_id", "C");
    assertThat(f.flagged("120")).containsExactly("A PlacedAdoption row 1");
  }

  @Test
  void aDecisionBeforeTheChildWasBornIsFlaggedAndOneOnTheBirthdayIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "birth_date", "2025-05-02")
            .add(PLACED_FOR_ADOPTION, "child_id", "A", "decision_date", "2025-05-01")
            .add(CHILD, "child_id", "B", "birth_date", "2025-05-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "B", "decision_date", "2025-05-01");
    assertThat(f.flagged("184")).containsExactly("A Header row 1");
  }
}
