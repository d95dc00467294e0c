package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on periods missing or away from placement without authorisation (Missing): 564 to
 * 567, 570, 571, 574 to 578, 580, 581 and 586.
 */
class Ssda903DMissingRulesTest {
  /** A period missing (M) from the start day to the end day (null: still open). */
  private static ReturnFixture missing(ReturnFixture f, String child, String start, String end) {
    return f.add(
        MISSING_EPISODE,
        "child_id",
        child,
        "missing_type",
        "M",
        "start_date",
        start,
        "end_date",
        end);
  }

  /** An episode from the start day to the end day with the reason it ended. */
  private static ReturnFixture episode(
      ReturnFixture f, String child, String start, String end, String reason) {
    return f.add(
        CLA_EPISODE,
        "child_id",
        child,
        "start_date",
        start,
        "end_date",
        end,
        "reason_ceased",
        reason);
  }

  @Test
  void aPeriodMissingWithoutAStartDateIsFlaggedButNotOneWhoseDateCouldNotBeRead() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(MISSING_EPISODE, "child_id", "C1", "missing_type", "M")
            .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "A", "start_date", "2025-06-01")
            .add(MISSING_EPISODE, "child_id", "C3")
            .add(MISSING_EPISODE, "child_id", "C4", "missing_type", "M", "unreadable", "MIS_START");
    assertThat(f.flagged("564")).containsExactly("C1 Missing row 1");
  }

  @Test
  void aStartDateWithoutWhetherMissingOrAwayIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(MISSING_EPISODE, "child_id", "C1", "start_date", "2025-06-01")
            .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "M", "start_date", "2025-06-01")
            .add(MISSING_EPISODE, "child_id", "C3", "end_date", "2025-06-01");
    assertThat(f.flagged("565")).containsExactly("C1 Missing row 1");
  }

  @Test
  void anEndDateWithoutWhetherMissingOrAwayIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(MISSING_EPISODE, "child_id", "C1", "end_date", "2025-06-01")
            .add(MISSING_EPISODE, "child_id", "C2", "start_date", "2025-06-01")
            .add(MISSING_EPISODE, "child_id", "C3", "missing_type", "A", "end_date", "2025-06-01");
    assertThat(f.flagged("566")).containsExactly("C1 Missing row 1");
  }

  @Test
  void aPeriodEndingTheDayBeforeItStartedIsFlaggedAndOneEndingTheSameDayIsNot() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    missing(f, "C1", "2025-06-02", "2025-06-01");
    missing(f, "C2", "2025-06-02", "2025-06-02");
    assertThat(f.flagged("567")).containsExactly("C1 Missing row 1");
  }

  @Test
  void aPeriodStartingAfter31MarchIsFlagged() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    missing(f, "C1", "2026-04-01", null);
    missing(f, "C2", "2026-03-31", null);
    assertThat(f.flagged("570")).containsExactly("C1 Missing row 1");
  }

  @Test
  void aPeriodEndingOutsideTheYearIsFlaggedAndOnItsFirstOrLastDayIsNot() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    missing(f, "C1", "2025-03-20", "2025-03-31");
    missing(f, "C2", "2025-03-20", "2025-04-01");
    missing(f, "C3", "2026-03-20", "2026-03-31");
    missing(f, "C4", "2026-03-20", "2026-04-01");
    assertThat(f.flagged("571")).containsExactly("C1 Missing row 1", "C4 Missing row 4");
  }

  @Test
  void aPeriodStartingWhileAnotherIsOpenOrBeforeItEndsIsFlaggedAndOnItsEndDayIsNot()
      throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    missing(f, "C1", "2025-06-01", "2025-06-05");
    missing(f, "C1", "2025-06-04", "2025-06-10");
    missing(f, "C2", "2025-06-01", "2025-06-05");
    missing(f, "C2", "2025-06-05", "2025-06-08");
    missing(f, "C3", "2025-06-01", null);
    missing(f, "C3", "2025-06-10", "2025-06-12");
    assertThat(f.flagged("574")).containsExactly("C1 Missing row 2", "C3 Missing row 6");
  }

  @Test
  void anOpenPeriodFromAPlacementThatEndedIsFlaggedAtThePlacement() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    episode(f, "C1", "2025-05-01", "2025-07-01", "X1");
    missing(f, "C1", "2025-06-01", null);
    episode(f, "C2", "2025-05-01", "2025-07-01", "X1");
    missing(f, "C2", "2025-06-01", "2025-06-03");
    episode(f, "C3", "2025-05-01", "2025-07-01", "X1");
    episode(f, "C3", "2025-07-01", null, null);
    missing(f, "C3", "2025-07-01", null);
    assertThat(f.flagged("575")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aPeriodOpenLastYearMustStartThisYearsPeriods() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    for (String c : new String[] {"C1", "C2", "C3", "C4"}) {
      f.add(CHILD, "child_id", c);
    }
    f.lastYear(MISSING_EPISODE, "child_id", "C1", "missing_type", "M", "start_date", "2025-03-01");
    missing(f, "C1", "2025-03-01", "2025-04-03");
    f.lastYear(MISSING_EPISODE, "child_id", "C2", "missing_type", "M", "start_date", "2025-03-01");
    missing(f, "C2", "2025-03-02", "2025-04-03");
    missing(f, "C2", "2025-08-01", "2025-08-03");
    f.lastYear(
        MISSING_EPISODE,
        "child_id",
        "C3",
        "missing_type",
        "M",
        "start_date",
        "2025-03-01",
        "end_date",
        "2025-03-02");
    f.lastYear(MISSING_EPISODE, "child_id", "C4", "missing_type", "M", "start_date", "2025-03-01");
    f.lastYear(MISSING_EPISODE, "child_id", "C5", "missing_type", "M", "start_date", "2025-03-01");
    assertThat(f.flagged("576")).containsExactly("C2 Missing row 2", "C4 Missing");
  }

  @Test
  void anOpenPeriodWhenCareCeasedIsFlaggedAtTheEpisodeThatEndedIt() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    episode(f, "C1", "2025-05-01", "2025-09-01", "E4A");
    missing(f, "C1", "2025-08-01", null);
    episode(f, "C2", "2025-05-01", "2025-09-01", "X1");
    episode(f, "C2", "2025-09-01", null, null);
    missing(f, "C2", "2025-08-01", null);
    episode(f, "C3", "2025-05-01", "2025-07-31", "E4A");
    missing(f, "C3", "2025-08-01", null);
    assertThat(f.flagged("577")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aPeriodStartingTheDayAfterCareCeasedIsFlaggedAndOnTheDayItCeasedIsNot() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    episode(f, "C1", "2025-05-01", "2025-07-01", "E13");
    missing(f, "C1", "2025-07-02", "2025-07-03");
    episode(f, "C2", "2025-05-01", "2025-07-01", "E13");
    missing(f, "C2", "2025-07-01", "2025-07-03");
    episode(f, "C3", "2025-05-01", "2025-07-01", "E13");
    episode(f, "C3", "2025-08-01", null, null);
    missing(f, "C3", "2025-08-05", null);
    assertThat(f.flagged("578")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void missingOnThe18thBirthdayWhenCareCeasesNeedsE8() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "C1", "birth_date", "2007-09-01")
            .add(CHILD, "child_id", "C2", "birth_date", "2007-09-01")
            .add(CHILD, "child_id", "C3", "birth_date", "2007-09-02");
    episode(f, "C1", "2025-05-01", "2025-09-01", "E4A");
    missing(f, "C1", "2025-08-20", "2025-09-01");
    episode(f, "C2", "2025-05-01", "2025-09-01", "E8");
    missing(f, "C2", "2025-08-20", "2025-09-01");
    episode(f, "C3", "2025-05-01", "2025-09-01", "E4A");
    missing(f, "C3", "2025-08-20", "2025-09-01");
    assertThat(f.flagged("580")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aPeriodBeforeTheChildsFirstEpisodeIsFlaggedAndOneOnItsFirstDayIsNot() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    episode(f, "C1", "2025-06-01", null, null);
    missing(f, "C1", "2025-05-31", "2025-06-02");
    episode(f, "C2", "2025-06-01", null, null);
    missing(f, "C2", "2025-06-01", "2025-06-02");
    missing(f, "C3", "2025-06-01", "2025-06-02");
    assertThat(f.flagged("581")).containsExactly("C1 Episodes", "C3 Episodes");
  }

  @Test
  void aPeriodStartingBeforeTheChildWasBornIsFlaggedAndOnTheBirthDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26").add(CHILD, "child_id", "C1").add(CHILD, "child_id", "C2");
    missing(f, "C1", "2015-05-31", null);
    missing(f, "C2", "2015-06-01", null);
    assertThat(f.flagged("586")).containsExactly("C1 Missing row 1");
  }
}
