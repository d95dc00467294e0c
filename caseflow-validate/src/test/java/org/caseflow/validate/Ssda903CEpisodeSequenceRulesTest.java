package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the sequence of a child's episodes: each new episode against the one before
 * (383, 431 to 436, 501) and the first episode of the year against last year's open episode (502,
 * 503A to 503F), each where it fires and where it only just does not.
 */
class Ssda903CEpisodeSequenceRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  /** Adds an episode of the child to the return: start, end (or null), RNE, REC, then pairs. */
  private static ReturnFixture ep(
      ReturnFixture f,
      String child,
      String start,
      String end,
      String rne,
      String rec,
      Object... more) {
    Object[] pairs = new Object[10 + more.length];
    pairs[0] = "child_id";
    pairs[1] = child;
    pairs[2] = "start_date";
    pairs[3] = start;
    pairs[4] = "end_date";
    pairs[5] = end;
    pairs[6] = "reason_new_episode";
    pairs[7] = rne;
    pairs[8] = "reason_ceased";
    pairs[9] = rec;
    System.arraycopy(more, 0, pairs, 10, more.length);
    return f.add(CLA_EPISODE, pairs);
  }

  @Test
  void startingCareTheDayThePreviousEpisodeEndedIsFlaggedAndTheDayAfterIsNot() throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "E13");
    ep(f, "A", "2024-06-01", null, "S", null);
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "E13");
    ep(f, "B", "2024-06-02", null, "S", null);
    assertThat(f.flagged("431")).containsExactly("A Episodes row 2");
  }

  @Test
  void theFirstEpisodeOfTheYearIsComparedWithTheEpisodeBeforeItInLastYearsReturn()
      throws Exception {
    ReturnFixture f =
        year()
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-01-01",
                "end_date",
                "2024-03-01",
                "reason_ceased",
                "E13")
            .lastYear(
                CLA_EPISODE, "child_id", "A", "start_date", "2024-03-01", "reason_new_episode", "S")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-03-01",
                "reason_new_episode",
                "S");
    assertThat(f.flagged("431")).containsExactly("A Episodes row 1");
  }

  @Test
  void aContinuationAfterTheChildLeftCareIsFlaggedAndOneAfterANewEpisodeBeginsIsNot()
      throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "E13");
    ep(f, "A", "2024-06-01", null, "P", null);
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "B", "2024-06-01", null, "P", null);
    f.lastYear(
        CLA_EPISODE,
        "child_id",
        "C",
        "start_date",
        "2023-05-01",
        "end_date",
        "2024-02-01",
        "reason_ceased",
        "E4A");
    ep(f, "C", "2024-05-01", null, "L", null);
    assertThat(f.flagged("432")).containsExactly("A Episodes row 2", "C Episodes row 5");
  }

  @Test
  void aContinuationStartingTheDayAfterThePreviousEndedIsFlaggedAndOnTheDayIsNot()
      throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "A", "2024-06-02", null, "P", null);
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "B", "2024-06-01", null, "P", null);
    // C: no earlier episode anywhere; D: the previous episode has no DEC.
    ep(f, "C", "2024-05-01", null, "P", null);
    ep(f, "D", "2024-05-01", null, "S", null);
    ep(f, "D", "2024-06-01", null, "T", null);
    // E: last year's episode was left open (rule 502's case, not this one's).
    f.lastYear(CLA_EPISODE, "child_id", "E", "start_date", "2024-01-01");
    ep(f, "E", "2024-05-01", null, "P", null);
    assertThat(f.flagged("433")).containsExactly("A Episodes row 2", "D Episodes row 7");
  }

  @Test
  void aContinuationOpenSinceTwoYearsAgoIsComparedWithTheEpisodeBeforeItInThatYearsReturn()
      throws Exception {
    ReturnFixture f =
        year()
            // A: the episode before ended the day A's continuation started; B: the day before.
            .inYear(
                "2022-23",
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2022-06-01",
                "end_date",
                "2023-01-05",
                "reason_ceased",
                "X1")
            .inYear(
                "2022-23",
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2023-01-05",
                "reason_new_episode",
                "P")
            .lastYear(
                CLA_EPISODE, "child_id", "A", "start_date", "2023-01-05", "reason_new_episode", "P")
            .add(
                CLA_EPISODE, "child_id", "A", "start_date", "2023-01-05", "reason_new_episode", "P")
            .inYear(
                "2022-23",
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2022-06-01",
                "end_date",
                "2023-01-04",
                "reason_ceased",
                "X1")
            .inYear(
                "2022-23",
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2023-01-05",
                "reason_new_episode",
                "P")
            .lastYear(
                CLA_EPISODE, "child_id", "B", "start_date", "2023-01-05", "reason_new_episode", "P")
            .add(
                CLA_EPISODE, "child_id", "B", "start_date", "2023-01-05", "reason_new_episode", "P")
            // C: nothing earlier than last year is loaded, so there is nothing to compare with.
            .lastYear(
                CLA_EPISODE, "child_id", "C", "start_date", "2023-01-05", "reason_new_episode", "P")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2023-01-05",
                "reason_new_episode",
                "P");
    assertThat(f.flagged("433")).containsExactly("B Episodes row 2");
  }

  @Test
  void aLegalStatusChangeWithTheSameLegalStatusOrAnotherPlacementIsFlagged() throws Exception {
    ReturnFixture f = year();
    Object[] home = {"placement_postcode", "AB1 2CD", "urn", "SC1"};
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "X1", home);
    ep(
        f,
        "A",
        "2024-06-01",
        null,
        "L",
        null,
        "legal_status",
        "C1",
        "placement_postcode",
        "ab12cd",
        "urn",
        "SC1");
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1", home);
    ep(f, "B", "2024-06-01", null, "L", null, home);
    ep(f, "C", "2024-05-01", "2024-06-01", "S", "X1", home);
    ep(
        f,
        "C",
        "2024-06-01",
        null,
        "L",
        null,
        "legal_status",
        "C1",
        "placement_postcode",
        "AB1 2CE",
        "urn",
        "SC1");
    ep(f, "D", "2024-05-01", "2024-06-01", "S", "X1", home);
    ep(
        f,
        "D",
        "2024-06-01",
        null,
        "L",
        null,
        "legal_status",
        "C1",
        "placement_postcode",
        "AB1 2CD",
        "urn",
        "SC1",
        "placement_provider",
        "PR4");
    assertThat(f.flagged("434"))
        .containsExactly("B Episodes row 4", "C Episodes row 6", "D Episodes row 8");
  }

  @Test
  void aPlacementChangeWithTheSamePlacementOrAnotherLegalStatusIsFlagged() throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "A", "2024-06-01", null, "P", null, "placement_type", "U3");
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "B", "2024-06-01", null, "P", null);
    ep(f, "C", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "C", "2024-06-01", null, "T", null, "placement_type", "U3", "legal_status", "C1");
    // D: only the URN differs, from none to one.
    ep(f, "D", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "D", "2024-06-01", null, "P", null, "urn", "SC2");
    assertThat(f.flagged("435")).containsExactly("B Episodes row 4", "C Episodes row 6");
  }

  @Test
  void aChangeOfBothWithTheSameLegalStatusOrTheSamePlacementIsFlagged() throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "A", "2024-06-01", null, "B", null, "placement_type", "U3", "legal_status", "C1");
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "B", "2024-06-01", null, "U", null, "placement_type", "U3");
    ep(f, "C", "2024-05-01", "2024-06-01", "S", "X1");
    ep(f, "C", "2024-06-01", null, "B", null, "legal_status", "C1");
    assertThat(f.flagged("436")).containsExactly("B Episodes row 4", "C Episodes row 6");
  }

  @Test
  void aTemporaryPlacementNotFollowedByAReturnToTheSamePlacementIsFlagged() throws Exception {
    ReturnFixture f = year();
    Object[] u1 = {"placement_type", "U1", "placement_postcode", "XX1 1XX"};
    // A: U1, T1, back to U1 at the same postcode.
    ep(f, "A", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "A", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep(f, "A", "2024-06-05", null, "P", null, u1);
    // B: back to another placement type.
    ep(f, "B", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "B", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep(
        f,
        "B",
        "2024-06-05",
        null,
        "P",
        null,
        "placement_type",
        "U4",
        "placement_postcode",
        "XX1 1XX");
    // C: two temporary placements in a row, then back.
    ep(f, "C", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "C", "2024-06-01", "2024-06-03", "P", "X1", "placement_type", "T3");
    ep(f, "C", "2024-06-03", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep(f, "C", "2024-06-05", null, "P", null, u1);
    // D: back, but coded as a change of placement with the same carers.
    ep(f, "D", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "D", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep(f, "D", "2024-06-05", null, "T", null, u1);
    // E: still in the temporary placement at the year end.
    ep(f, "E", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "E", "2024-06-01", null, "P", null, "placement_type", "T1");
    // F: back to U1 at another postcode.
    ep(f, "F", "2024-05-01", "2024-06-01", "S", "X1", u1);
    ep(f, "F", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep(
        f,
        "F",
        "2024-06-05",
        null,
        "P",
        null,
        "placement_type",
        "U1",
        "placement_postcode",
        "YY1 1YY");
    assertThat(f.flagged("383"))
        .containsExactly("B Episodes row 5", "D Episodes row 12", "F Episodes row 17");
  }

  @Test
  void anEpisodeStartingTheDayBeforeThePreviousEndedIsFlaggedAndOnTheDayIsNot() throws Exception {
    ReturnFixture f = year();
    ep(f, "A", "2024-05-01", "2024-06-10", "S", "X1");
    ep(f, "A", "2024-06-09", null, "P", null);
    ep(f, "B", "2024-05-01", "2024-06-10", "S", "X1");
    ep(f, "B", "2024-06-10", null, "P", null);
    ep(f, "C", "2024-05-01", null, "S", null);
    ep(f, "C", "2024-06-10", null, "P", null);
    // D: two episodes starting the same day, the one with a DEC first.
    ep(f, "D", "2024-05-01", "2024-05-10", "S", "X1");
    ep(f, "D", "2024-05-01", null, "P", null);
    assertThat(f.flagged("501")).containsExactly("A Episodes row 2", "D Episodes row 8");
    assertThat(f.findings().get(0).values()).containsExactly("2024-06-09", "2024-06-10");
  }

  @Test
  void aFirstEpisodeNotStartingWhenLastYearsOpenEpisodeDidIsFlagged() throws Exception {
    ReturnFixture f =
        year()
            .lastYear(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-02")
            .lastYear(CLA_EPISODE, "child_id", "B", "start_date", "2024-01-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2024-01-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE, "child_id", "B", "start_date", "2024-06-01", "reason_new_episode", "P")
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2024-01-01",
                "end_date",
                "2024-03-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2024-05-01");
    assertThat(f.flagged("502")).containsExactly("A Episodes row 1");
  }

  @Test
  void withoutLastYearsReturnTheRulesAgainstItAreSkipped() throws Exception {
    ReturnFixture f = year().add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-02");
    assertThat(f.flagged("502"))
        .containsExactly("skipped: no SSDA903 return for 2023-24 is loaded");
  }

  /**
   * Last year's open episode of A, B and C, and a closed one of D; this year's first episodes: A's
   * differs in the column, B's is the same, C's and D's differ but C's follows a later episode of
   * last year's that ended, and D's last year's episode ended.
   */
  private static ReturnFixture againstLastYear(String column, Object last, Object now) {
    ReturnFixture f = year();
    f.lastYear(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01", column, last)
        .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-01-01", column, now)
        .lastYear(CLA_EPISODE, "child_id", "B", "start_date", "2024-01-01", column, last)
        .add(
            CLA_EPISODE,
            "child_id",
            "B",
            "start_date",
            "2024-01-01",
            column,
            last,
            "end_date",
            "2024-05-01",
            "reason_ceased",
            "X1")
        .add(CLA_EPISODE, "child_id", "B", "start_date", "2024-05-01", column, now)
        .lastYear(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2024-01-01",
            "end_date",
            "2024-02-01",
            "reason_ceased",
            "E13",
            column,
            last)
        .add(CLA_EPISODE, "child_id", "D", "start_date", "2024-06-01", column, now);
    return f;
  }

  @Test
  void theFirstEpisodesReasonForNewEpisodeMustBeLastYearsOpenEpisodes() throws Exception {
    assertThat(againstLastYear("reason_new_episode", "S", "P").flagged("503A"))
        .containsExactly("A Episodes row 1");
  }

  @Test
  void theFirstEpisodesLegalStatusMustBeLastYearsOpenEpisodes() throws Exception {
    assertThat(againstLastYear("legal_status", "C2", "C1").flagged("503B"))
        .containsExactly("A Episodes row 1");
  }

  @Test
  void theFirstEpisodesCategoryOfNeedMustBeLastYearsOpenEpisodes() throws Exception {
    assertThat(againstLastYear("category_of_need", "N1", "N2").flagged("503C"))
        .containsExactly("A Episodes row 1");
  }

  @Test
  void theFirstEpisodesPlacementTypeMustBeLastYearsOpenEpisodes() throws Exception {
    assertThat(againstLastYear("placement_type", "U1", "U3").flagged("503D"))
        .containsExactly("A Episodes row 1");
  }

  @Test
  void semiIndependentLivingContinuingAsSupportedAccommodationMatchesOnlyIn2024To25()
      throws Exception {
    assertThat(againstLastYear("placement_type", "H5", "K3").flagged("503D")).isEmpty();
    ReturnFixture later =
        ReturnFixture.ssda903("2025-26")
            .lastYear(
                CLA_EPISODE, "child_id", "A", "start_date", "2025-01-01", "placement_type", "H5")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-01-01", "placement_type", "K3");
    assertThat(later.flagged("503D")).containsExactly("A Episodes row 1");
  }

  @Test
  void otherPlacementsContinuingAsOneOfTheCodesReplacingZ1MatchOnlyIn2025To26() throws Exception {
    ReturnFixture now =
        ReturnFixture.ssda903("2025-26")
            .lastYear(
                CLA_EPISODE, "child_id", "A", "start_date", "2025-01-01", "placement_type", "Z1")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2025-01-01", "placement_type", "Z12")
            .lastYear(
                CLA_EPISODE, "child_id", "B", "start_date", "2025-01-01", "placement_type", "Z1")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2025-01-01", "placement_type", "K2");
    assertThat(now.flagged("503D")).containsExactly("B Episodes row 2");
  }

  @Test
  void theFirstEpisodesPlacementProviderMustBeLastYearsOpenEpisodes() throws Exception {
    assertThat(againstLastYear("placement_provider", "PR1", "PR2").flagged("503E"))
        .containsExactly("A Episodes row 1");
  }

  @Test
  void theFirstEpisodesUrnMustBeLastYearsOpenEpisodesAndTwoBlanksMatch() throws Exception {
    assertThat(againstLastYear("urn", "SC1", "SC2").flagged("503F"))
        .containsExactly("A Episodes row 1");
    assertThat(againstLastYear("urn", "SC1", null).flagged("503F"))
        .containsExactly("A Episodes row 1");
    assertThat(againstLastYear("urn", null, null).flagged("503F")).isEmpty();
  }
}
