package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.PREVIOUS_PERMANENCE;

import org.junit.jupiter.api.Test;

/** SSDA903 rules 611 to 635: the mother's fields of the Header and the previous permanence. */
class Ssda903EMotherAndPermanenceRulesTest {
  private static ReturnFixture return2025() {
    return ReturnFixture.ssda903("2025-26");
  }

  @Test
  void aMotherWithoutHerChildsBirthDateIsFlaggedButNotOneWithItOrAnUnreadableOne()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "sex", "F", "is_mother", true)
            .add(
                CHILD,
                "child_id",
                "C2",
                "sex",
                "F",
                "is_mother",
                true,
                "mother_child_birth_date",
                "2025-01-10")
            .add(CHILD, "child_id", "C3", "sex", "F", "is_mother", true, "unreadable", "MC_DOB")
            .add(CHILD, "child_id", "C4", "sex", "F", "is_mother", false);
    assertThat(f.flagged("611")).containsExactly("C1 Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("1", null);
  }

  @Test
  void aGirlNotAMotherOrWithMotherBlankButWithAChildsBirthDateIsFlaggedButNotAMotherOrABoy()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                CHILD,
                "child_id",
                "C1",
                "sex",
                "F",
                "is_mother",
                false,
                "mother_child_birth_date",
                "2025-01-10")
            .add(CHILD, "child_id", "C2", "sex", "F", "mother_child_birth_date", "2025-01-10")
            .add(
                CHILD,
                "child_id",
                "C3",
                "sex",
                "F",
                "is_mother",
                true,
                "mother_child_birth_date",
                "2025-01-10")
            .add(
                CHILD,
                "child_id",
                "C4",
                "sex",
                "M",
                "is_mother",
                false,
                "mother_child_birth_date",
                "2025-01-10")
            .add(CHILD, "child_id", "C5", "sex", "F", "is_mother", false);
    assertThat(f.flagged("612")).containsExactly("C1 Header row 1", "C2 Header row 2");
  }

  @Test
  void aMotherTenOnTheFirstOfAprilIsFlaggedAndOneElevenThatDayIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "sex", "F", "is_mother", true, "birth_date", "2014-04-02")
            .add(CHILD, "child_id", "C2", "sex", "F", "is_mother", true, "birth_date", "2014-04-01")
            .add(
                CHILD,
                "child_id",
                "C3",
                "sex",
                "F",
                "is_mother",
                false,
                "birth_date",
                "2014-04-02");
    assertThat(f.flagged("620")).containsExactly("C1 Header row 1");
  }

  @Test
  void aChildBornOnOrBeforeItsMothersBirthDateIsFlaggedAndOneBornTheDayAfterIsNot()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                CHILD,
                "child_id",
                "C1",
                "birth_date",
                "2008-05-01",
                "mother_child_birth_date",
                "2008-05-01")
            .add(
                CHILD,
                "child_id",
                "C2",
                "birth_date",
                "2008-05-01",
                "mother_child_birth_date",
                "2008-05-02")
            .add(
                CHILD,
                "child_id",
                "C3",
                "birth_date",
                "2008-05-01",
                "mother_child_birth_date",
                "2008-04-30")
            .add(CHILD, "child_id", "C4", "birth_date", "2008-05-01");
    assertThat(f.flagged("621")).containsExactly("C1 Header row 1", "C3 Header row 3");
  }

  @Test
  void aChildsBirthDateChangedOrDroppedSinceLastYearIsFlaggedButNotOneKeptOrNewlyGiven()
      throws Exception {
    ReturnFixture f =
        return2025()
            .lastYear(CHILD, "child_id", "C1", "mother_child_birth_date", "2024-01-10")
            .lastYear(CHILD, "child_id", "C2", "mother_child_birth_date", "2024-01-10")
            .lastYear(CHILD, "child_id", "C3")
            .lastYear(CHILD, "child_id", "C4", "mother_child_birth_date", "2024-01-10")
            .add(CHILD, "child_id", "C1", "mother_child_birth_date", "2024-01-11")
            .add(CHILD, "child_id", "C2", "mother_child_birth_date", "2024-01-10")
            .add(CHILD, "child_id", "C3", "mother_child_birth_date", "2025-06-01")
            .add(CHILD, "child_id", "C4");
    assertThat(f.flagged("624")).containsExactly("C1 Header row 1", "C4 Header row 4");
  }

  @Test
  void theChildsBirthDateIsComparedWithLastYearOnlyWhenLastYearIsLoaded() throws Exception {
    ReturnFixture f =
        return2025().add(CHILD, "child_id", "C1", "mother_child_birth_date", "2024-01-11");
    assertThat(f.flagged("624")).singleElement().asString().startsWith("skipped:");
  }

  @Test
  void aChildBornAfterTheYearOrAfterItsMotherLeftCareIsFlaggedButNotOneBornOnThoseDays()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "mother_child_birth_date", "2026-04-01")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-05-01")
            .add(CHILD, "child_id", "C2", "mother_child_birth_date", "2026-03-31")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-05-01")
            .add(CHILD, "child_id", "C3", "mother_child_birth_date", "2025-09-02")
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E13")
            .add(CHILD, "child_id", "C4", "mother_child_birth_date", "2025-09-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C4",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "E13");
    assertThat(f.flagged("625")).containsExactly("C1 Episodes row 1", "C3 Episodes row 3");
    assertThat(f.findings().get(1).values()).containsExactly("2025-09-02", "2025-09-01");
  }

  @Test
  void anEarlierEpisodeEndingIsNotWhenTheMotherLeftCareIfALaterOneIsOpen() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "mother_child_birth_date", "2025-09-02")
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-09-01",
                "reason_ceased",
                "X1")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-09-01");
    assertThat(f.flagged("625")).isEmpty();
  }

  @Test
  void aMotherWhoWasNotOneLastYearWithAChildBornBeforeTheYearIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .lastYear(CHILD, "child_id", "C1", "is_mother", false)
            .lastYear(CHILD, "child_id", "C2", "is_mother", false)
            .lastYear(CHILD, "child_id", "C3")
            .add(
                CHILD, "child_id", "C1", "is_mother", true, "mother_child_birth_date", "2025-03-31")
            .add(
                CHILD, "child_id", "C2", "is_mother", true, "mother_child_birth_date", "2025-04-01")
            .add(
                CHILD,
                "child_id",
                "C3",
                "is_mother",
                true,
                "mother_child_birth_date",
                "2025-03-31");
    assertThat(f.flagged("626")).containsExactly("C1 Header row 1");
  }

  @Test
  void motherhoodForACareLeaverNotLookedAfterInTheYearIsFlaggedButNotForOneLookedAfter()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CHILD, "child_id", "C1", "is_mother", false)
            .add(CARE_LEAVER, "child_id", "C1", "in_touch", "YES")
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2024-05-01",
                "end_date",
                "2025-03-31",
                "reason_ceased",
                "E13")
            .add(CHILD, "child_id", "C2", "is_mother", false)
            .add(CARE_LEAVER, "child_id", "C2", "in_touch", "YES")
            .add(
                CLA_EPISODE,
                "child_id",
                "C2",
                "start_date",
                "2024-05-01",
                "end_date",
                "2025-04-01",
                "reason_ceased",
                "E13")
            .add(CHILD, "child_id", "C3")
            .add(CARE_LEAVER, "child_id", "C3", "in_touch", "YES")
            .add(CHILD, "child_id", "C4", "is_mother", true)
            .add(CARE_LEAVER, "child_id", "C4");
    assertThat(f.flagged("628")).containsExactly("C1 Episodes");
  }

  @Test
  void aStartOfCareInTheYearWithoutAPreviousPermanenceIsFlaggedButNotOneBeforeTheYear()
      throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-04-01")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-03-31")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-06-01")
            .add(PREVIOUS_PERMANENCE, "child_id", "C3", "previous_permanence", "Z1")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2025-06-01")
            .add(PREVIOUS_PERMANENCE, "child_id", "C4", "permanence_la", "808")
            .add(
                CLA_EPISODE,
                "child_id",
                "C5",
                "start_date",
                "2025-06-01",
                "reason_new_episode",
                "P");
    assertThat(f.flagged("630")).containsExactly("C1 Episodes row 1", "C4 Episodes row 4");
  }

  @Test
  void aPreviousPermanenceCodeOutsideTheListIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(PREVIOUS_PERMANENCE, "child_id", "C1", "previous_permanence", "P0")
            .add(PREVIOUS_PERMANENCE, "child_id", "C2", "previous_permanence", "P4")
            .add(PREVIOUS_PERMANENCE, "child_id", "C3", "previous_permanence", "Z1")
            .add(PREVIOUS_PERMANENCE, "child_id", "C4");
    assertThat(f.flagged("631")).containsExactly("C1 PrevPerm row 1");
  }

  @Test
  void aPermanenceDateNotValidOrNotBeforeCareStartedIsFlagged() throws Exception {
    ReturnFixture f = return2025();
    String[][] cases = {
      {"C1", "xx/10/2011"}, // not a date
      {"C2", "17/06/2020"}, // the day care started
      {"C3", "16/06/2020"}, // the day before: fine
      {"C4", "05/ZZ/2020"}, // month unknown: fine
      {"C5", "ZZ/ZZ/ZZZZ"}, // all unknown: fine
      {"C6", "ZZ/ZZ/ZZ"}, // a short year
      {"C7", "01/13/2000"}, // no 13th month
      {"C8", "29/02/2019"}, // not a leap year
      {"C9", "29/02/2020"}, // a leap day, before care started: fine
      {"D1", "2020-06-16"}, // ISO, the day before: fine
      {"D2", "31/04/2010"}, // April has 30 days
      {"D3", "29/02/ZZZZ"}, // year unknown: the 29th may be
    };
    for (String[] c : cases) {
      f.add(CLA_EPISODE, "child_id", c[0], "start_date", "2020-06-17")
          .add(PREVIOUS_PERMANENCE, "child_id", c[0], "permanence_date", c[1]);
    }
    assertThat(f.flagged("632"))
        .containsExactly(
            "C1 Episodes row 1",
            "C2 Episodes row 2",
            "C6 Episodes row 6",
            "C7 Episodes row 7",
            "C8 Episodes row 8",
            "D2 Episodes row 11");
  }

  @Test
  void aPermanenceDateIsComparedWithTheChildsFirstEpisode() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-06-17")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2020-06-17")
            .add(PREVIOUS_PERMANENCE, "child_id", "C1", "permanence_date", "01/01/2021");
    assertThat(f.flagged("632")).containsExactly("C1 Episodes row 2");
  }

  @Test
  void aCouncilCodeNotInTheListIsFlaggedButEnglishCodesAndOtherNationsAreNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(PREVIOUS_PERMANENCE, "child_id", "C1", "permanence_la", "458")
            .add(PREVIOUS_PERMANENCE, "child_id", "C2", "permanence_la", "SCO")
            .add(PREVIOUS_PERMANENCE, "child_id", "C3", "permanence_la", "204")
            .add(PREVIOUS_PERMANENCE, "child_id", "C4", "permanence_la", "836")
            .add(PREVIOUS_PERMANENCE, "child_id", "C5", "permanence_la", "176")
            .add(PREVIOUS_PERMANENCE, "child_id", "C6");
    assertThat(f.flagged("633")).containsExactly("C1 PrevPerm row 1", "C5 PrevPerm row 5");
  }

  @Test
  void permanenceForAChildWhoseCareAllStartedBeforeApril2016IsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2016-03-31")
            .add(PREVIOUS_PERMANENCE, "child_id", "C1", "previous_permanence", "Z1")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2016-04-01")
            .add(PREVIOUS_PERMANENCE, "child_id", "C2", "previous_permanence", "Z1")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2015-03-31")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2016-03-31")
            .add(PREVIOUS_PERMANENCE, "child_id", "C3", "permanence_date", "01/01/2010")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2016-03-31")
            .add(PREVIOUS_PERMANENCE, "child_id", "C4");
    assertThat(f.flagged("634")).containsExactly("C1 Episodes row 1", "C3 Episodes row 4");
  }

  @Test
  void anOrderDateOrCouncilWithNoPreviousPermanenceZ1IsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                PREVIOUS_PERMANENCE,
                "child_id",
                "C1",
                "previous_permanence",
                "Z1",
                "permanence_la",
                "352")
            .add(
                PREVIOUS_PERMANENCE,
                "child_id",
                "C2",
                "previous_permanence",
                "Z1",
                "permanence_date",
                "01/05/2000")
            .add(PREVIOUS_PERMANENCE, "child_id", "C3", "previous_permanence", "Z1")
            .add(
                PREVIOUS_PERMANENCE,
                "child_id",
                "C4",
                "previous_permanence",
                "P1",
                "permanence_la",
                "352",
                "permanence_date",
                "01/05/2000");
    assertThat(f.flagged("635")).containsExactly("C1 PrevPerm row 1", "C2 PrevPerm row 2");
  }
}
