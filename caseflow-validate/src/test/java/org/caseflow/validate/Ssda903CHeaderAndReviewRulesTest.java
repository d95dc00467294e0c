package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;
import static org.caseflow.domain.schema.Table.UASC;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on postcodes, the mother field, reviews and UPNs (392b, 392d, 393, 398, 399, 440,
 * 441, 442, 444), each where it fires and where it only just does not.
 */
class Ssda903CHeaderAndReviewRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  @Test
  void aLookedAfterChildWithoutAHomePostcodeIsFlaggedButNotUnderRespiteOrWhenFormerlyUasc()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_postcode", "AB1 2CD")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "home_postcode",
                "AB1 2CD",
                "placement_postcode",
                "EF3 4GH")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V3")
            .add(CLA_EPISODE, "child_id", "D")
            .lastYear(UASC, "child_id", "D", "uasc_ceased_date", "2024-01-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "home_postcode",
                "AB1 2CD",
                "placement_postcode",
                " ");
    assertThat(f.flagged("392b")).containsExactly("A Episodes row 1", "E Episodes row 5");
  }

  @Test
  void theSameHomeAndPlacementPostcodeIsFlaggedUnlessPlacedWithParents() throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "U1",
                "home_postcode",
                "AB1 2CD",
                "placement_postcode",
                "ab12cd")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "P1",
                "home_postcode",
                "AB1 2CD",
                "placement_postcode",
                "AB1 2CD")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "placement_type",
                "U1",
                "home_postcode",
                "AB1 2CD",
                "placement_postcode",
                "AB1 2CE");
    assertThat(f.flagged("392d")).containsExactly("A Episodes row 1");
  }

  @Test
  void aLookedAfterGirlWithoutTheMotherFieldIsFlaggedAndOneWithItOrOnlyInRespiteIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "sex", "F")
            .add(CLA_EPISODE, "child_id", "A")
            .add(CHILD, "child_id", "B", "sex", "F", "is_mother", false)
            .add(CLA_EPISODE, "child_id", "B")
            .add(CHILD, "child_id", "C", "sex", "F")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V4")
            .add(CHILD, "child_id", "D", "sex", "M")
            .add(CLA_EPISODE, "child_id", "D")
            .add(CHILD, "child_id", "E", "sex", "F", "unreadable", "MOTHER")
            .add(CLA_EPISODE, "child_id", "E");
    assertThat(f.flagged("393")).containsExactly("A Header row 1");
  }

  @Test
  void aPostcodeUnderRespiteIsFlaggedAndNoneIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "home_postcode", "AB1 2CD")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V4")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "legal_status",
                "C2",
                "placement_postcode",
                "AB1 2CD");
    assertThat(f.flagged("398")).containsExactly("A Episodes row 1");
  }

  @Test
  void theMotherFieldOrAReviewForAChildOnlyInRespiteFlagsEachEpisode() throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "sex", "F", "is_mother", false)
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "start_date", "2024-07-01")
            .add(CHILD, "child_id", "B", "sex", "F")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V4")
            .add(CHILD, "child_id", "C", "sex", "F", "is_mother", true)
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "C2", "start_date", "2024-07-01")
            .add(CHILD, "child_id", "D")
            .add(CLA_EPISODE, "child_id", "D", "legal_status", "V4")
            .add(CLA_REVIEW, "child_id", "D", "review_date", "2024-09-01", "participation", "PN1");
    assertThat(f.flagged("399"))
        .containsExactly("A Episodes row 1", "A Episodes row 2", "D Episodes row 6");
    assertThat(f.findings().get(2).values()).containsExactly(null, "V4", "2024-09-01", "PN1");
    assertThat(f.findings().get(0).values()).containsExactly("0", "V3", null, null);
  }

  @Test
  void underFourParticipationOnTheFourthBirthdayIsFlaggedAndTheDayBeforeIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "birth_date", "2020-06-01")
            .add(CLA_REVIEW, "child_id", "A", "review_date", "2024-06-01", "participation", "PN0")
            .add(CHILD, "child_id", "B", "birth_date", "2020-06-01")
            .add(CLA_REVIEW, "child_id", "B", "review_date", "2024-05-31", "participation", "PN0");
    assertThat(f.flagged("440")).containsExactly("A Reviews row 1");
  }

  @Test
  void participationOfAFourYearOldTheDayBeforeTheFourthBirthdayIsFlaggedAndOnItIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "birth_date", "2020-06-01")
            .add(CLA_REVIEW, "child_id", "A", "review_date", "2024-05-31", "participation", "PN1")
            .add(CHILD, "child_id", "B", "birth_date", "2020-06-01")
            .add(CLA_REVIEW, "child_id", "B", "review_date", "2024-06-01", "participation", "PN7")
            .add(CHILD, "child_id", "C", "birth_date", "2020-06-01")
            .add(CLA_REVIEW, "child_id", "C", "review_date", "2024-05-31", "participation", "PN0");
    assertThat(f.flagged("441")).containsExactly("A Reviews row 1");
  }

  @Test
  void aLookedAfterChildWithoutAUpnIsFlaggedAndOneWithAReasonOrOnlyInRespiteIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A")
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "C2", "start_date", "2024-07-01")
            .add(CHILD, "child_id", "B", "upn", "UN1")
            .add(CLA_EPISODE, "child_id", "B")
            .add(CHILD, "child_id", "C")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V3");
    assertThat(f.flagged("442")).containsExactly("A Episodes");
  }

  @Test
  void aUpnTwoChildrenShareFlagsBothAndAReasonCodeTheyShareDoesNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "upn", "A123456789012")
            .add(CHILD, "child_id", "B", "upn", "a123456789012 ")
            .add(CHILD, "child_id", "C", "upn", "UN1")
            .add(CHILD, "child_id", "D", "upn", "UN1")
            .add(CHILD, "child_id", "E", "upn", "A123456789013");
    assertThat(f.flagged("444")).containsExactly("A Header row 1", "B Header row 2");
  }
}
