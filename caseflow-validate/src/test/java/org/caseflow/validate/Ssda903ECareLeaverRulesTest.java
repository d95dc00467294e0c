package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;
import static org.caseflow.domain.schema.Table.UASC;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules 1000 to 1016 and 3001: care leaver (OC3) information, missing episodes, adoption
 * decisions and reasons for placement change.
 */
class Ssda903ECareLeaverRulesTest {
  private static ReturnFixture return2025() {
    return ReturnFixture.ssda903("2025-26");
  }

  /** An episode that ended, with its reason. */
  private static Object[] ended(String child, String start, String end, String reason) {
    return new Object[] {
      "child_id", child, "start_date", start, "end_date", end, "reason_ceased", reason
    };
  }

  @Test
  void careLeaverInformationForAChildWhoDiedInCareIsFlaggedButNotForOneAdopted() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, ended("C1", "2025-05-01", "2025-08-01", "E2"))
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "DIED")
            .add(CLA_EPISODE, ended("C2", "2025-05-01", "2025-08-01", "E11"))
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(CLA_EPISODE, ended("C3", "2025-05-01", "2025-08-01", "E2"))
            .add(CARE_LEAVER, "child_id", "C3");
    assertThat(f.flagged("1000")).containsExactly("C1 Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("DIED", null, null);
  }

  @Test
  void aCareLeaverWithNoEpisodeInAnyLoadedYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CARE_LEAVER, "child_id", "C1", "activity", "F1")
            .add(CARE_LEAVER, "child_id", "C2", "activity", "F1")
            .lastYear(CLA_EPISODE, ended("C2", "2024-05-01", "2024-08-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C3", "activity", "F1")
            .inYear("2022-23", CLA_EPISODE, ended("C3", "2022-05-01", "2022-08-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C4", "activity", "F1")
            .add(CLA_EPISODE, ended("C4", "2025-05-01", "2025-08-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C5");
    assertThat(f.flagged("1002")).containsExactly("C1 Episodes");
  }

  @Test
  void aCareLeaverWhoTurnedSixteenBeforeTheEarliestLoadedYearIsNotJudged() throws Exception {
    // C1 turned 16 in 2020-21, years before any return loaded: their care may all lie in years
    // not loaded. C2 turns 16 on 1 June 2025, inside the loaded years, so no episode means none.
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "birth_date", "2004-06-01")
            .add(CARE_LEAVER, "child_id", "C1", "activity", "F1")
            .add(CHILD, "child_id", "C2", "birth_date", "2009-06-01")
            .add(CARE_LEAVER, "child_id", "C2", "activity", "F1")
            .lastYear(CLA_EPISODE, ended("C3", "2024-05-01", "2024-08-01", "E13"));
    assertThat(f.flagged("1002")).containsExactly("C2 Episodes");
  }

  @Test
  void aCareLeaverWithoutEpisodesIsNotJudgedWhenLastYearIsNotLoaded() throws Exception {
    ReturnFixture f = return2025().add(CARE_LEAVER, "child_id", "C1", "activity", "F1");
    assertThat(f.flagged("1002")).singleElement().asString().startsWith("skipped:");
  }

  @Test
  void anAdoptionDecisionTheDayBeforeCareStartedIsFlaggedAndOneThatDayIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-05-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-04-30")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-05-01")
            .add(PLACED_FOR_ADOPTION, "child_id", "C2", "decision_date", "2025-05-01")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2024-05-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2025-05-01",
                "reason_new_episode",
                "P")
            .add(PLACED_FOR_ADOPTION, "child_id", "C3", "decision_date", "2024-06-01");
    assertThat(f.flagged("1003")).containsExactly("C1 Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-04-30", "2025-05-01", "S");
  }

  @Test
  void aMissingEpisodeWithoutAReadableStartIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(MISSING_EPISODE, "child_id", "C1", "missing_type", "M")
            .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "M", "unreadable", "MIS_START")
            .add(
                MISSING_EPISODE, "child_id", "C3", "missing_type", "M", "start_date", "2025-06-01");
    assertThat(f.flagged("1004")).containsExactly("C1 Missing row 1", "C2 Missing row 2");
  }

  @Test
  void aMissingEpisodeEndNotADateIsFlaggedButABlankOneIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                MISSING_EPISODE,
                "child_id",
                "C1",
                "missing_type",
                "M",
                "start_date",
                "2025-06-01",
                "unreadable",
                "MIS_END")
            .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "A", "start_date", "2025-06-01")
            .add(
                MISSING_EPISODE,
                "child_id",
                "C3",
                "missing_type",
                "A",
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-06-02");
    assertThat(f.flagged("1005")).containsExactly("C1 Missing row 1");
  }

  @Test
  void aMissingTypeOtherThanMOrAIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(MISSING_EPISODE, "child_id", "C1", "missing_type", "AWAY")
            .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "M")
            .add(MISSING_EPISODE, "child_id", "C3", "missing_type", "A");
    assertThat(f.flagged("1006")).containsExactly("C1 Missing row 1");
  }

  @Test
  void careLeaverInformationForA17Or18YearOldStillLookedAfterIsFlaggedButNotFor19()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "birth_date", "2008-06-01")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(CHILD, "child_id", "C2", "birth_date", "2007-04-01")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(CHILD, "child_id", "C3", "birth_date", "2007-03-31")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C3", "in_touch", "YES")
            .add(CHILD, "child_id", "C4", "birth_date", "2008-06-01")
            .add(CLA_EPISODE, ended("C4", "2024-05-01", "2025-05-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C4", "in_touch", "YES")
            .add(CHILD, "child_id", "C5", "birth_date", "2008-06-01")
            .add(CLA_EPISODE, "child_id", "C5", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C5");
    assertThat(f.flagged("1007")).containsExactly("C1 Episodes row 1", "C2 Episodes row 2");
  }

  @Test
  void aReasonForPlacementChangeOutsideTheListIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2025-05-01",
                "reason_place_change",
                "MOVED")
            .add(
                CLA_EPISODE,
                "child_id",
                "C2",
                "start_date",
                "2025-05-01",
                "reason_place_change",
                "CUSTOD")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-05-01");
    assertThat(f.flagged("1009")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void careLeaverInformationWithoutEpisodesAfterAnOpenOneLastYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .lastYear(CLA_EPISODE, "child_id", "C1", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C1", "accommodation", "U1")
            .lastYear(CLA_EPISODE, ended("C2", "2024-05-01", "2024-09-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C2", "accommodation", "U1")
            .lastYear(CLA_EPISODE, "child_id", "C3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2024-05-01")
            .add(CARE_LEAVER, "child_id", "C3", "accommodation", "U1")
            .lastYear(CLA_EPISODE, "child_id", "C4", "start_date", "2024-05-01")
            .lastYear(CLA_EPISODE, ended("C4", "2024-06-01", "2024-09-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C4", "accommodation", "U1");
    assertThat(f.flagged("1010")).containsExactly("C1 Episodes");
  }

  @Test
  void careLeaverInformationAfterAFinalTransferToAnotherCouncilIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, ended("C1", "2025-05-01", "2025-08-01", "E3"))
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(CLA_EPISODE, ended("C2", "2025-05-01", "2025-08-01", "E3"))
            .add(CLA_EPISODE, ended("C2", "2025-09-01", "2025-10-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(CLA_EPISODE, ended("C3", "2025-05-01", "2025-08-01", "E3"))
            .add(CARE_LEAVER, "child_id", "C3");
    assertThat(f.flagged("1011")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void otherDataForACareLeaverNotLookedAfterInTheYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CARE_LEAVER, "child_id", "C1")
            .add(CLA_EPISODE, ended("C1", "2024-05-01", "2025-03-31", "E13"))
            .add(CLA_REVIEW, "child_id", "C1", "review_date", "2025-01-10")
            .add(CARE_LEAVER, "child_id", "C2")
            .add(CLA_EPISODE, ended("C2", "2024-05-01", "2025-04-01", "E13"))
            .add(CLA_REVIEW, "child_id", "C2", "review_date", "2025-01-10")
            .add(CARE_LEAVER, "child_id", "C3")
            .add(CLA_REVIEW, "child_id", "C4", "review_date", "2025-01-10");
    assertThat(f.flagged("1012")).containsExactly("C1 Episodes");
    assertThat(f.findings().get(0).values()).containsExactly("C1");
  }

  @Test
  void uascInformationForACareLeaverNotLookedAfterInTheYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(UASC, "child_id", "C1", "uasc_ceased_date", "2025-06-01")
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(UASC, "child_id", "C2", "uasc_ceased_date", "2025-06-01")
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2026-03-31")
            .add(UASC, "child_id", "C3", "uasc_ceased_date", "2025-06-01")
            .add(CARE_LEAVER, "child_id", "C3");
    assertThat(f.flagged("1014")).containsExactly("C1 Episodes");
    assertThat(f.findings().get(0).values()).containsExactly(null, null, "YES", "2025-06-01");
  }

  @Test
  void careLeaverInformationForOneLeavingCareTheDayAfterTheBirthdayIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "birth_date", "2008-06-01")
            .add(CLA_EPISODE, ended("C1", "2024-05-01", "2025-06-02", "E13"))
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(CHILD, "child_id", "C2", "birth_date", "2008-06-01")
            .add(CLA_EPISODE, ended("C2", "2024-05-01", "2025-06-01", "E13"))
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(CHILD, "child_id", "C3", "birth_date", "2007-03-31")
            .add(CLA_EPISODE, ended("C3", "2024-05-01", "2025-06-02", "E13"))
            .add(CARE_LEAVER, "child_id", "C3", "in_touch", "YES")
            .add(CHILD, "child_id", "C4", "birth_date", "2007-06-01")
            .add(CLA_EPISODE, ended("C4", "2024-05-01", "2025-06-02", "E13"))
            .add(CARE_LEAVER, "child_id", "C4", "in_touch", "YES");
    assertThat(f.flagged("1016")).containsExactly("C1 Episodes row 1", "C4 Episodes row 4");
  }

  @Test
  void staying17WithFormerFosterCarersIsFlaggedOnlyWhenThe17thBirthdayFallsInTheYear()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "birth_date", "2008-04-01")
            .add(CARE_LEAVER, "child_id", "C1", "accommodation", "Z1")
            .add(CHILD, "child_id", "C2", "birth_date", "2008-03-31")
            .add(CARE_LEAVER, "child_id", "C2", "accommodation", "Z1")
            .add(CHILD, "child_id", "C3", "birth_date", "2009-03-31")
            .add(CARE_LEAVER, "child_id", "C3", "accommodation", "Z2")
            .add(CHILD, "child_id", "C4", "birth_date", "2009-04-01")
            .add(CARE_LEAVER, "child_id", "C4", "accommodation", "Z2")
            .add(CHILD, "child_id", "C5", "birth_date", "2008-06-01")
            .add(CARE_LEAVER, "child_id", "C5", "accommodation", "U1");
    assertThat(f.flagged("3001")).containsExactly("C1 Header row 1", "C3 Header row 3");
  }

  /** An episode of one child under the legal status given. */
  private static Object[] spell(String child, String start, String end, String reason, String ls) {
    return new Object[] {
      "child_id",
      child,
      "start_date",
      start,
      "end_date",
      end,
      "reason_ceased",
      reason,
      "legal_status",
      ls
    };
  }

  @Test
  void aCareLeaverNotLookedAfter13WeeksSince14AndAfter16IsFlaggedOnlyWhereHistoryReaches()
      throws Exception {
    ReturnFixture f =
        return2025().lastYear(CLA_EPISODE, "child_id", "Z1", "start_date", "2024-05-01");
    // C1: 14 on 1 June 2021, 16 on 1 June 2023; in care from 14 until the day after 16: relevant.
    // The episode was open in 2021-22 and ended in 2023-24: counted once, in its later version.
    f.inYear("2021-22", CLA_EPISODE, spell("C1", "2021-06-01", null, null, "C2"))
        .inYear("2023-24", CLA_EPISODE, spell("C1", "2021-06-01", "2023-06-02", "E13", "C2"));
    // C2: 31 days after 14 only: not relevant.
    f.inYear("2023-24", CLA_EPISODE, spell("C2", "2023-05-01", "2023-06-01", "E13", "C2"));
    // C3: left care on the 16th birthday: never looked after after it.
    f.inYear("2021-22", CLA_EPISODE, spell("C3", "2021-06-01", null, null, "C2"))
        .inYear("2023-24", CLA_EPISODE, spell("C3", "2021-06-01", "2023-06-01", "E13", "C2"));
    // C4: relevant, but adopted in the end.
    f.inYear("2023-24", CLA_EPISODE, spell("C4", "2021-06-01", "2023-06-02", "E11", "C2"));
    // C5: 14 before the first loaded year: not judged.
    f.inYear("2023-24", CLA_EPISODE, spell("C5", "2023-05-01", "2023-06-01", "E13", "C2"));
    // C6: long enough, but on short breaks (V3) only.
    f.inYear("2023-24", CLA_EPISODE, spell("C6", "2021-06-01", "2023-06-02", "E13", "V3"));
    for (String c : new String[] {"C1", "C2", "C3", "C4", "C6"}) {
      f.add(CHILD, "child_id", c, "birth_date", "2007-06-01")
          .add(CARE_LEAVER, "child_id", c, "in_touch", "YES");
    }
    f.add(CHILD, "child_id", "C5", "birth_date", "2003-06-01")
        .add(CARE_LEAVER, "child_id", "C5", "in_touch", "YES");
    assertThat(f.flagged("1001"))
        .containsExactly("C2 Episodes", "C3 Episodes", "C4 Episodes", "C6 Episodes");
  }

  @Test
  void relevanceIsNotJudgedWithoutLastYearsReturn() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "birth_date", "2007-06-01")
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(CLA_EPISODE, spell("C1", "2025-05-01", "2025-06-01", "E13", "C2"));
    assertThat(f.flagged("1001")).singleElement().asString().startsWith("skipped:");
  }
}
