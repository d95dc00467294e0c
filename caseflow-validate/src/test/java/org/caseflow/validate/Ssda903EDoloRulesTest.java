package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.DEPRIVATION_OF_LIBERTY;

import org.junit.jupiter.api.Test;

/** SSDA903 rules 700 to 710, new for 2026-27: deprivation of liberty orders (DoLo). */
class Ssda903EDoloRulesTest {
  private static ReturnFixture return2026() {
    return ReturnFixture.ssda903("2026-27");
  }

  /** An order with its dates (null where open or not given). */
  private static Object[] dolo(String child, String start, String end) {
    return new Object[] {"child_id", child, "start_date", start, "end_date", end};
  }

  @Test
  void anOrderWithoutAReadableStartIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(DEPRIVATION_OF_LIBERTY, "child_id", "C1")
            .add(DEPRIVATION_OF_LIBERTY, "child_id", "C2", "unreadable", "DOLO_START")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", null));
    assertThat(f.flagged("700")).containsExactly("C1 DoLo row 1", "C2 DoLo row 2");
  }

  @Test
  void anOrderEndNotADateIsFlaggedButABlankOneIsNot() throws Exception {
    ReturnFixture f =
        return2026()
            .add(
                DEPRIVATION_OF_LIBERTY,
                "child_id",
                "C1",
                "start_date",
                "2026-05-01",
                "unreadable",
                "DOLO_END")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-05-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", "2026-06-01"));
    assertThat(f.flagged("701")).containsExactly("C1 DoLo row 1");
  }

  @Test
  void anOrderEndingTheDayBeforeItStartedIsFlaggedAndOneEndingThatDayIsNot() throws Exception {
    ReturnFixture f =
        return2026()
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-06-02", "2026-06-01"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-06-02", "2026-06-02"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-06-02", null));
    assertThat(f.flagged("702")).containsExactly("C1 DoLo row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2026-06-02", "2026-06-01");
  }

  @Test
  void anOrderStartingAfter31MarchIsFlaggedAndOneStartingThatDayIsNot() throws Exception {
    ReturnFixture f =
        return2026()
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2027-04-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2027-03-31", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2024-01-01", null));
    assertThat(f.flagged("703")).containsExactly("C1 DoLo row 1");
  }

  @Test
  void anOrderEndingOutsideTheCollectionYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-01-01", "2026-03-31"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-01-01", "2026-04-01"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", "2027-03-31"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C4", "2026-05-01", "2027-04-01"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C5", "2026-05-01", null));
    assertThat(f.flagged("704")).containsExactly("C1 DoLo row 1", "C4 DoLo row 4");
  }

  @Test
  void anOrderStartingWhileTheOneBeforeIsStillOpenIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-04-10", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-06-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-04-10", "2026-06-01"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-06-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-04-10", "2026-06-02"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-06-01", "2026-07-01"))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C4", "2026-04-10", null));
    assertThat(f.flagged("705")).containsExactly("C1 DoLo row 2", "C3 DoLo row 6");
    assertThat(f.findings().get(1).values()).containsExactly("2026-06-01", "2026-06-02");
  }

  @Test
  void anOrderOpenLastYearWithoutTheSameOrderThisYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .lastYear(DEPRIVATION_OF_LIBERTY, dolo("C1", "2025-10-01", null))
            .lastYear(DEPRIVATION_OF_LIBERTY, dolo("C2", "2025-10-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2025-10-01", null))
            .lastYear(DEPRIVATION_OF_LIBERTY, dolo("C3", "2025-10-01", "2026-01-01"))
            .lastYear(DEPRIVATION_OF_LIBERTY, dolo("C4", "2025-10-01", null))
            .add(DEPRIVATION_OF_LIBERTY, dolo("C4", "2025-10-02", null));
    assertThat(f.flagged("706")).containsExactly("C1 DoLo", "C4 DoLo");
    assertThat(f.findings().get(0).values()).containsExactly("2025-10-01");
  }

  @Test
  void ordersAreComparedWithLastYearOnlyWhenLastYearIsLoaded() throws Exception {
    ReturnFixture f = return2026().add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-05-01", null));
    assertThat(f.flagged("706")).singleElement().asString().startsWith("skipped:");
  }

  @Test
  void anOpenOrderForAChildNoLongerLookedAfterIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2026-04-10",
                "end_date",
                "2026-09-01",
                "reason_ceased",
                "E13")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-05-01", null))
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2026-04-10")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-05-01", null))
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2026-04-10",
                "end_date",
                "2026-09-01",
                "reason_ceased",
                "E13")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", "2026-09-01"));
    assertThat(f.flagged("707")).containsExactly("C1 DoLo row 1");
  }

  @Test
  void anOrderStartingOnOrBeforeTheDateOfBirthIsFlaggedAndOneTheDayAfterIsNot() throws Exception {
    ReturnFixture f =
        return2026()
            .add(CHILD, "child_id", "C1", "birth_date", "2015-06-01")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2015-06-01", null))
            .add(CHILD, "child_id", "C2", "birth_date", "2015-06-01")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2015-06-02", null))
            .add(CHILD, "child_id", "C3", "birth_date", "2015-06-01")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2015-05-31", null));
    assertThat(f.flagged("708")).containsExactly("C1 DoLo row 1", "C3 DoLo row 3");
  }

  @Test
  void aChildWithAnOrderInAPlacementOtherThanK2Z12OrZ13IsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2026-04-10")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-05-01", "2026-06-01"))
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2026-04-10", "placement_type", "K2")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-05-01", "2026-06-01"))
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2026-04-10")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", null))
            .add(
                CLA_EPISODE,
                "child_id",
                "C4",
                "start_date",
                "2026-04-10",
                "end_date",
                "2026-04-30",
                "reason_ceased",
                "X1")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2026-04-30", "placement_type", "Z12")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C4", "2026-05-01", "2026-06-01"))
            .add(
                CLA_EPISODE,
                "child_id",
                "C5",
                "start_date",
                "2026-04-10",
                "end_date",
                "2026-06-01",
                "reason_ceased",
                "X1",
                "placement_type",
                "Z13")
            .add(CLA_EPISODE, "child_id", "C5", "start_date", "2026-06-01")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C5", "2026-05-01", "2026-06-01"));
    assertThat(f.flagged("709")).containsExactly("C1 DoLo row 1", "C5 DoLo row 5");
    assertThat(f.findings().get(0).values()).containsExactly("2026-05-01", "U1");
  }

  @Test
  void aChildWithAnOrderInSecureCareWithParentsInCustodyOrSupportedIsFlagged() throws Exception {
    ReturnFixture f =
        return2026()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2026-04-10", "placement_type", "P1")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C1", "2026-05-01", "2026-06-01"))
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2026-04-10")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C2", "2026-05-01", "2026-06-01"))
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2026-04-10", "placement_type", "K3")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C3", "2026-05-01", "2026-06-01"))
            .add(
                CLA_EPISODE,
                "child_id",
                "C4",
                "start_date",
                "2026-04-10",
                "end_date",
                "2026-04-30",
                "reason_ceased",
                "X1",
                "placement_type",
                "R5")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2026-04-30")
            .add(DEPRIVATION_OF_LIBERTY, dolo("C4", "2026-05-01", "2026-06-01"));
    assertThat(f.flagged("710")).containsExactly("C1 DoLo row 1", "C3 DoLo row 3");
    assertThat(f.findings().get(1).values()).containsExactly("2026-05-01", "K3");
  }
}
