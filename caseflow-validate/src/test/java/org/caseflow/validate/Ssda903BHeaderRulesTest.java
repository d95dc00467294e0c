package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.UASC;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the Header, compared with last year's Header or with the child's episodes
 * (202-210, 232, 234, 301-304, 351, 352, 358, 359), each where it fires and where it only just does
 * not.
 */
class Ssda903BHeaderRulesTest {
  @Test
  void aSexDifferentFromLastYearsOrMissingThisYearIsFlaggedAndTheSameSexIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "sex", "F")
            .lastYear(CHILD, "child_id", "A", "sex", "M")
            .add(CHILD, "child_id", "B", "sex", "M")
            .lastYear(CHILD, "child_id", "B", "sex", "M")
            .add(CHILD, "child_id", "C", "sex", "F")
            .add(CHILD, "child_id", "D", "sex", null)
            .lastYear(CHILD, "child_id", "D", "sex", "F");
    assertThat(f.flagged("202")).containsExactly("A Header row 1", "D Header row 4");
  }

  @Test
  void aDateOfBirthOneDayFromLastYearsIsFlaggedAndTheSameDateIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2015-06-01")
            .lastYear(CHILD, "child_id", "A", "birth_date", "2015-06-02")
            .add(CHILD, "child_id", "B", "birth_date", "2015-06-01")
            .lastYear(CHILD, "child_id", "B", "birth_date", "2015-06-01");
    assertThat(f.flagged("203")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2015-06-01");
  }

  @Test
  void anEthnicityDifferentFromLastYearsIsFlaggedAndTheSameIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "ethnicity", "WBRI")
            .lastYear(CHILD, "child_id", "A", "ethnicity", "WIRI")
            .add(CHILD, "child_id", "B", "ethnicity", "WBRI")
            .lastYear(CHILD, "child_id", "B", "ethnicity", "WBRI");
    assertThat(f.flagged("204")).containsExactly("A Header row 1");
  }

  @Test
  void theHeaderRulesAgainstLastYearAreSkippedWhenLastYearIsNotLoaded() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26").add(CHILD, "child_id", "A", "sex", "F");
    assertThat(f.flagged("202"))
        .containsExactly("skipped: no SSDA903 return for 2024-25 is loaded");
  }

  @Test
  void aMotherNoLongerRecordedAsOneWhileLookedAfterIsFlaggedButBecomingAMotherIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "is_mother", false)
            .lastYear(CHILD, "child_id", "A", "is_mother", true)
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-05-01")
            .add(CHILD, "child_id", "B", "is_mother", true)
            .lastYear(CHILD, "child_id", "B", "is_mother", true)
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-05-01")
            .add(CHILD, "child_id", "C", "is_mother", false)
            .lastYear(CHILD, "child_id", "C", "is_mother", true)
            .add(CHILD, "child_id", "D", "is_mother", true)
            .lastYear(CHILD, "child_id", "D", "is_mother", false)
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-05-01");
    assertThat(f.flagged("207")).containsExactly("A Episodes");
    assertThat(f.findings().get(0).values()).containsExactly("0");
  }

  @Test
  void aUpnChangeIsFlaggedUnlessItIsFromUnknownToAnotherUnknownCodeOrToARealUpn() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "upn", "H801200001002")
            .lastYear(CHILD, "child_id", "A", "upn", "H801200001001")
            .add(CHILD, "child_id", "B", "upn", "UN3")
            .lastYear(CHILD, "child_id", "B", "upn", "UN1")
            .add(CHILD, "child_id", "C", "upn", "UN3")
            .lastYear(CHILD, "child_id", "C", "upn", "UN2")
            .add(CHILD, "child_id", "D", "upn", "H801200001001")
            .lastYear(CHILD, "child_id", "D", "upn", "UN4")
            .add(CHILD, "child_id", "E", "upn", "A801200001001")
            .lastYear(CHILD, "child_id", "E", "upn", "a801200001001")
            .add(CHILD, "child_id", "F", "upn", "UN1")
            .lastYear(CHILD, "child_id", "F", "upn", null)
            .add(CHILD, "child_id", "G", "upn", null)
            .lastYear(CHILD, "child_id", "G", "upn", "UN1")
            .add(CHILD, "child_id", "H", "upn", null)
            .lastYear(CHILD, "child_id", "H", "upn", null);
    assertThat(f.flagged("208"))
        .containsExactly("A Header row 1", "C Header row 3", "F Header row 6", "G Header row 7");
  }

  @Test
  void un1ForAChildFourBy31AugustOfThePreviousYearIsFlaggedAndADayYoungerIsNot() throws Exception {
    // 2025-26: school age means 4 or older on 31 August 2024, born on or before 31 August 2020.
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "upn", "UN1", "birth_date", "2020-08-31")
            .add(CHILD, "child_id", "B", "upn", "UN1", "birth_date", "2020-09-01")
            .add(CHILD, "child_id", "C", "upn", "UN2", "birth_date", "2019-01-01")
            .add(CHILD, "child_id", "D", "upn", "un1", "birth_date", "2019-01-01");
    assertThat(f.flagged("209")).containsExactly("A Header row 1", "D Header row 4");
  }

  @Test
  void un4ForAChildInCareSince23MarchIsFlaggedAndSince24MarchIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "upn", "UN4")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2026-03-23")
            .add(CHILD, "child_id", "B", "upn", "UN4")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2026-03-24")
            // C left care in May and came back on 25 March: the period began on 25 March.
            .add(CHILD, "child_id", "C", "upn", "UN4")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-01-10",
                "end_date",
                "2025-05-01",
                "reason_ceased",
                "E3")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2026-03-25")
            .add(CHILD, "child_id", "D", "upn", "UN3")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2025-01-01")
            // E is not in care at 31 March.
            .add(CHILD, "child_id", "E", "upn", "UN4")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "start_date",
                "2025-01-01",
                "end_date",
                "2025-06-01",
                "reason_ceased",
                "E3");
    assertThat(f.flagged("210")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("UN4", "2026-03-23");
  }

  @Test
  void anUnknownSexIsFlaggedAndAKnownOneIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "sex", "U")
            .add(CHILD, "child_id", "B", "sex", "M");
    assertThat(f.flagged("232")).containsExactly("A Header row 1");
  }

  @Test
  void aMoveIntoCustodyOfAChildOfNineIsFlaggedAndOnTheTenthBirthdayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2015-06-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2025-04-10",
                "end_date",
                "2025-05-31",
                "reason_ceased",
                "X1",
                "reason_place_change",
                "CUSTOD")
            .add(CHILD, "child_id", "B", "birth_date", "2015-06-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2025-04-10",
                "end_date",
                "2025-06-01",
                "reason_ceased",
                "X1",
                "reason_place_change",
                "CUSTOD")
            // C has no date ceased: aged 9 on 31 March 2026.
            .add(CHILD, "child_id", "C", "birth_date", "2016-06-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-04-10",
                "reason_place_change",
                "CUSTOD");
    assertThat(f.flagged("234")).containsExactly("A Episodes row 1", "C Episodes row 3");
  }

  @Test
  void aBirthAfter31MarchIsFlaggedAndOn31MarchIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2026-04-01")
            .add(CHILD, "child_id", "B", "birth_date", "2026-03-31");
    assertThat(f.flagged("301")).containsExactly("A Header row 1");
  }

  @Test
  void aFirstEpisodeTheDayBeforeBirthIsFlaggedAndOneOnTheBirthdayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2020-05-02")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2021-01-01")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2020-05-01")
            .add(CHILD, "child_id", "B", "birth_date", "2020-05-01")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2020-05-01");
    assertThat(f.flagged("302")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2020-05-01", "2020-05-02");
  }

  @Test
  void uascStatusCeasingTheDayAfterThe18thBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2007-06-01")
            .add(UASC, "child_id", "A", "uasc_ceased_date", "2025-06-02")
            .add(CHILD, "child_id", "B", "birth_date", "2007-06-01")
            .add(UASC, "child_id", "B", "uasc_ceased_date", "2025-06-01");
    assertThat(f.flagged("304")).containsExactly("A UASC row 1");
  }

  @Test
  void aChildWhoTurned25BeforeTheYearBeganIsFlaggedAndOneTurning25OnItsFirstDayIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2000-03-31")
            .add(CHILD, "child_id", "B", "birth_date", "2000-04-01");
    assertThat(f.flagged("351")).containsExactly("A Header row 1");
  }

  @Test
  void startingCareOnThe18thBirthdayIsFlaggedAndTheDayBeforeIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2007-06-01")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-06-01")
            .add(CHILD, "child_id", "B", "birth_date", "2007-06-01")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-05-31")
            .add(CHILD, "child_id", "C", "birth_date", "2007-06-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2025-07-01",
                "reason_new_episode",
                "P");
    assertThat(f.flagged("352")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-06-01", "S");
  }

  @Test
  void aYouthJusticeLegalStatusAtNineIsFlaggedAndOnTheTenthBirthdayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2015-06-01")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-05-31", "legal_status", "J2")
            .add(CHILD, "child_id", "B", "birth_date", "2015-06-01")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-06-01", "legal_status", "J1")
            .add(CHILD, "child_id", "C", "birth_date", "2016-01-01")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2025-05-01", "legal_status", "C2");
    assertThat(f.flagged("358")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-31", "2015-06-01", "J2");
  }

  @Test
  void aYoungPersonPast18InCareAt31MarchOtherThanUnderSection20InAChildrensHomeIsFlagged()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "A", "birth_date", "2008-03-30")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01")
            // B turns 18 on 31 March itself.
            .add(CHILD, "child_id", "B", "birth_date", "2008-03-31")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2024-01-01")
            .add(CHILD, "child_id", "C", "birth_date", "2007-01-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2024-01-01",
                "legal_status",
                "V2",
                "placement_type",
                "K2")
            .add(CHILD, "child_id", "D", "birth_date", "2007-01-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "D",
                "start_date",
                "2024-01-01",
                "end_date",
                "2025-12-01",
                "reason_ceased",
                "E8");
    assertThat(f.flagged("359")).containsExactly("A Header row 1");
    assertThat(f.findings().get(0).values()).containsExactly(null, "C2", "U1");
  }
}
