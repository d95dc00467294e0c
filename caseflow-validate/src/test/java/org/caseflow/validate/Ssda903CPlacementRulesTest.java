package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on placements, legal statuses and their lengths (367, 371 to 382, 384, 385, 408,
 * 426, 446), each where it fires and where it only just does not.
 */
class Ssda903CPlacementRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  /** A child born on the day and one episode of theirs starting on another, in a placement. */
  private static ReturnFixture childPlaced(
      ReturnFixture f, String child, String born, String start, String place) {
    return f.add(CHILD, "child_id", child, "birth_date", born)
        .add(CLA_EPISODE, "child_id", child, "start_date", start, "placement_type", place);
  }

  @Test
  void respiteOfSeventySixNightsInTheYearFlagsEveryV3EpisodeAndSeventyFiveDoesNot()
      throws Exception {
    ReturnFixture f = year();
    // A: 45 + 31 nights; B: 45 + 30 nights.
    f.add(
            CLA_EPISODE,
            "child_id",
            "A",
            "legal_status",
            "V3",
            "start_date",
            "2024-05-01",
            "end_date",
            "2024-06-15")
        .add(
            CLA_EPISODE,
            "child_id",
            "A",
            "legal_status",
            "V3",
            "start_date",
            "2024-09-01",
            "end_date",
            "2024-10-02")
        .add(
            CLA_EPISODE,
            "child_id",
            "B",
            "legal_status",
            "V3",
            "start_date",
            "2024-05-01",
            "end_date",
            "2024-06-15")
        .add(
            CLA_EPISODE,
            "child_id",
            "B",
            "legal_status",
            "V3",
            "start_date",
            "2024-09-01",
            "end_date",
            "2024-10-01");
    assertThat(f.flagged("367")).containsExactly("A Episodes row 1", "A Episodes row 2");
  }

  @Test
  void respiteIsCountedOnlyWithinTheCollectionYearAndToThirtyFirstMarchWhenOpen() throws Exception {
    ReturnFixture f = year();
    // C: from 1 April to 16 June, 76 nights; D: to 15 June, 75 nights.
    f.add(
            CLA_EPISODE,
            "child_id",
            "C",
            "legal_status",
            "V3",
            "start_date",
            "2024-03-01",
            "end_date",
            "2024-06-16")
        .add(
            CLA_EPISODE,
            "child_id",
            "D",
            "legal_status",
            "V3",
            "start_date",
            "2024-03-01",
            "end_date",
            "2024-06-15")
        // E: open from 15 January, 75 nights to 31 March; F: from 14 January, 76.
        .add(CLA_EPISODE, "child_id", "E", "legal_status", "V3", "start_date", "2025-01-15")
        .add(CLA_EPISODE, "child_id", "F", "legal_status", "V3", "start_date", "2025-01-14")
        // G: 80 nights under V4, which is not counted.
        .add(
            CLA_EPISODE,
            "child_id",
            "G",
            "legal_status",
            "V4",
            "start_date",
            "2024-05-01",
            "end_date",
            "2024-07-20");
    assertThat(f.flagged("367")).containsExactly("C Episodes row 1", "F Episodes row 4");
  }

  @Test
  void supportedAccommodationTheDayBeforeTheSixteenthBirthdayIsFlaggedAndOnItIsNot()
      throws Exception {
    ReturnFixture f = year();
    childPlaced(f, "A", "2008-06-01", "2024-05-31", "K3");
    childPlaced(f, "B", "2008-06-01", "2024-06-01", "K3");
    childPlaced(f, "C", "2008-06-01", "2024-05-31", "R1");
    assertThat(f.flagged("371")).containsExactly("A Episodes row 1");
  }

  @Test
  void youthCustodyBeforeTheTenthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    childPlaced(f, "A", "2014-06-01", "2024-05-31", "R5");
    childPlaced(f, "B", "2014-06-01", "2024-06-01", "R5");
    assertThat(f.flagged("372")).containsExactly("A Episodes row 1");
  }

  @Test
  void aResidentialSchoolBeforeTheFourthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    childPlaced(f, "A", "2020-06-01", "2024-05-31", "S1");
    childPlaced(f, "B", "2020-06-01", "2024-06-01", "S1");
    assertThat(f.flagged("373")).containsExactly("A Episodes row 1");
  }

  @Test
  void residentialEmploymentBeforeTheFourteenthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    childPlaced(f, "A", "2010-06-01", "2024-05-31", "P3");
    childPlaced(f, "B", "2010-06-01", "2024-06-01", "P3");
    assertThat(f.flagged("374")).containsExactly("A Episodes row 1");
  }

  @Test
  void hospitalFortyThreeDaysIsFlaggedFortyTwoIsNotAndAnOpenOneIsMeasuredToMarch()
      throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T1",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-13")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T1",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-12")
            // 42 days to 31 March, then 43.
            .add(CLA_EPISODE, "child_id", "C", "placement_type", "T1", "start_date", "2025-02-17")
            .add(CLA_EPISODE, "child_id", "D", "placement_type", "T1", "start_date", "2025-02-16")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "placement_type",
                "T2",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-09-01");
    assertThat(f.flagged("375")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aCarersHolidayOfTwentyTwoDaysIsFlaggedAndTwentyOneIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-23")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T3",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-22");
    assertThat(f.flagged("376")).containsExactly("A Episodes row 1");
  }

  @Test
  void anUnspecifiedTemporaryPlacementOfEightDaysIsFlaggedAndSevenIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T4",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-09")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T4",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-08");
    assertThat(f.flagged("379")).containsExactly("A Episodes row 1");
  }

  @Test
  void aThirdCarersHolidayWithinTwelveMonthsCountingLastYearIsFlaggedAndOneADayLaterIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2024-03-01",
                "end_date",
                "2024-03-10",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2024-06-01",
                "end_date",
                "2024-06-10")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2025-02-28",
                "end_date",
                "2025-03-05")
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T3",
                "start_date",
                "2024-03-01",
                "end_date",
                "2024-03-10",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T3",
                "start_date",
                "2024-06-01",
                "end_date",
                "2024-06-10")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T3",
                "start_date",
                "2025-03-01",
                "end_date",
                "2025-03-05");
    assertThat(f.flagged("377")).containsExactly("A Episodes row 2");
  }

  @Test
  void aCarersHolidayOpenAcrossTheYearEndCountsOnce() throws Exception {
    ReturnFixture f =
        year()
            .lastYear(
                CLA_EPISODE, "child_id", "A", "placement_type", "T3", "start_date", "2024-03-25")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2024-03-25",
                "end_date",
                "2024-04-05")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T3",
                "start_date",
                "2024-08-01",
                "end_date",
                "2024-08-05");
    assertThat(f.flagged("377")).isEmpty();
  }

  @Test
  void placedWithParentsUnderASingleSection20IsFlaggedAndUnderACareOrderIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_type", "P1", "legal_status", "V2")
            .add(CLA_EPISODE, "child_id", "B", "placement_type", "P1", "legal_status", "C2")
            .add(CLA_EPISODE, "child_id", "C", "placement_type", "U1", "legal_status", "V2");
    assertThat(f.flagged("378")).containsExactly("A Episodes row 1");
  }

  @Test
  void aTemporaryPlacementEnteredOtherThanByAChangeOfPlacementIsFlagged() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "reason_new_episode", "S", "placement_type", "T1")
            .add(CLA_EPISODE, "child_id", "B", "reason_new_episode", "P", "placement_type", "T1")
            .add(CLA_EPISODE, "child_id", "C", "reason_new_episode", "B", "placement_type", "T2")
            .add(CLA_EPISODE, "child_id", "D", "reason_new_episode", "L", "placement_type", "T1")
            .add(CLA_EPISODE, "child_id", "E", "reason_new_episode", "S", "placement_type", "U1");
    assertThat(f.flagged("380")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aTemporaryPlacementEndingCareIsFlaggedAndOneEndingInANewEpisodeOrOpenIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "T2",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-03",
                "reason_ceased",
                "E13")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "T2",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-05-03",
                "reason_ceased",
                "X1")
            .add(CLA_EPISODE, "child_id", "C", "placement_type", "T2", "start_date", "2024-05-01");
    assertThat(f.flagged("381")).containsExactly("A Episodes row 1");
  }

  @Test
  void respiteInATemporaryPlacementIsFlaggedAndInFosterCareIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "placement_type", "T0")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V4", "placement_type", "U3")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "C2", "placement_type", "T0");
    assertThat(f.flagged("382")).containsExactly("A Episodes row 1");
  }

  @Test
  void respiteInALongTermFosterPlacementIsFlaggedAndInAnotherFosterPlacementIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V4", "placement_type", "U4")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V4", "placement_type", "U3")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V3", "placement_type", "U1");
    assertThat(f.flagged("384")).containsExactly("A Episodes row 1", "C Episodes row 3");
  }

  @Test
  void anEpisodeCeasingOnFirstAprilAfterTheYearIsFlaggedAndOnThirtyFirstMarchIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-05-01",
                "end_date",
                "2025-04-01",
                "reason_ceased",
                "E13")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2024-05-01",
                "end_date",
                "2025-03-31",
                "reason_ceased",
                "E13");
    assertThat(f.flagged("385")).containsExactly("A Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-04-01");
  }

  @Test
  void placedForAdoptionUnderAPlacementOrderWithoutE1IsFlaggedAndWithE1IsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_type", "A5", "legal_status", "C2")
            .add(CLA_EPISODE, "child_id", "B", "placement_type", "A6", "legal_status", "E1")
            .add(CLA_EPISODE, "child_id", "C", "placement_type", "A4", "legal_status", "C2");
    assertThat(f.flagged("408")).containsExactly("A Episodes row 1");
  }

  @Test
  void respiteUnderBothV3AndV4InTheYearFlagsBothAndTwoV3EpisodesDoNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "C2", "start_date", "2024-06-01")
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V4", "start_date", "2024-07-01")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V3", "start_date", "2024-05-01")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V3", "start_date", "2024-07-01");
    assertThat(f.flagged("426")).containsExactly("A Episodes row 1", "A Episodes row 3");
  }

  @Test
  void aPlacementOrderStartingOnThirtiethNovember2005IsFlaggedAndOnFirstDecemberIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "E1", "start_date", "2005-11-30")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "E1", "start_date", "2005-12-01")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "C2", "start_date", "2005-11-30");
    assertThat(f.flagged("446")).containsExactly("A Episodes row 1");
  }
}
