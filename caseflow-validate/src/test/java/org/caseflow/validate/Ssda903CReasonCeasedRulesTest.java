package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on why episodes ceased and the child's age then (385 to 391, 407, 437, 460), and on
 * the care leavers' ages (391), each where it fires and where it only just does not.
 */
class Ssda903CReasonCeasedRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  /** A child born on the day, with one episode from 1 April 2024 ceasing on a day for a reason. */
  private static ReturnFixture ceased(
      ReturnFixture f, String child, String born, String ended, String reason) {
    return f.add(CHILD, "child_id", child, "birth_date", born)
        .add(
            CLA_EPISODE,
            "child_id",
            child,
            "start_date",
            "2024-04-01",
            "end_date",
            ended,
            "reason_ceased",
            reason);
  }

  @Test
  void adoptedOnTheEighteenthBirthdayIsFlaggedOnTheHeaderAndTheDayBeforeIsNot() throws Exception {
    ReturnFixture f = year();
    ceased(f, "A", "2006-06-01", "2024-06-01", "E11");
    ceased(f, "B", "2006-06-01", "2024-05-31", "E12");
    assertThat(f.flagged("386")).containsExactly("A Header row 1");
  }

  @Test
  void independentLivingTheDayBeforeTheFourteenthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    ceased(f, "A", "2010-06-01", "2024-05-31", "E5");
    ceased(f, "B", "2010-06-01", "2024-06-01", "E6");
    ceased(f, "C", "2010-06-01", "2024-05-31", "E13");
    assertThat(f.flagged("387")).containsExactly("A Header row 1");
  }

  @Test
  void adultSocialCareTheDayBeforeTheSixteenthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    ceased(f, "A", "2008-06-01", "2024-05-31", "E7");
    ceased(f, "B", "2008-06-01", "2024-06-01", "E7");
    assertThat(f.flagged("389")).containsExactly("A Episodes row 1");
  }

  @Test
  void aSpecialGuardianshipOrderOnTheEighteenthBirthdayIsFlaggedAndTheDayBeforeIsNot()
      throws Exception {
    ReturnFixture f = year();
    ceased(f, "A", "2006-06-01", "2024-06-01", "E46");
    ceased(f, "B", "2006-06-01", "2024-05-31", "E48");
    assertThat(f.flagged("407")).containsExactly("A Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2024-06-01", "2006-06-01", "E46");
  }

  @Test
  void stayingPutTheDayBeforeTheEighteenthBirthdayIsFlaggedAndOnItIsNot() throws Exception {
    ReturnFixture f = year();
    ceased(f, "A", "2006-06-01", "2024-05-31", "E17");
    ceased(f, "B", "2006-06-01", "2024-06-01", "E17");
    assertThat(f.flagged("460")).containsExactly("A Header row 1");
  }

  @Test
  void aNewEpisodeBeginsWithoutOneStartingThatDayIsFlaggedAndSoIsLeavingCareWhenOneDoes()
      throws Exception {
    ReturnFixture f =
        year()
            // A: X1 on 1 June, the next episode a day later.
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE, "child_id", "A", "start_date", "2024-06-02", "reason_new_episode", "P")
            // B: X1 on 1 June, the next episode the same day.
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE, "child_id", "B", "start_date", "2024-06-01", "reason_new_episode", "P")
            // C: left care on 1 July and an episode starts that day.
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-07-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2024-07-01")
            // D: X1 with no later episode at all.
            .add(
                CLA_EPISODE,
                "child_id",
                "D",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-08-01",
                "reason_ceased",
                "X1")
            // E: left care on 1 July and came back on 2 July.
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-07-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "E", "start_date", "2024-07-02");
    assertThat(f.flagged("388"))
        .containsExactly("A Episodes row 1", "C Episodes row 5", "D Episodes row 7");
  }

  @Test
  void adoptedFromFosterCareIsFlaggedAndFromAPlacementForAdoptionIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "placement_type",
                "U1",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "E11")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "A4",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "E12");
    assertThat(f.flagged("390")).containsExactly("A Episodes row 1");
  }

  @Test
  void aCareLeaverSeventeenOnlyAfterTheYearIsFlaggedAndOneSeventeenOnThirtyFirstMarchIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "birth_date", "2008-04-01")
            .add(CARE_LEAVER, "child_id", "A", "in_touch", "YES")
            .add(CHILD, "child_id", "B", "birth_date", "2008-03-31")
            .add(CARE_LEAVER, "child_id", "B", "in_touch", "YES")
            // 22 on 1 April, and 22 only on 2 April.
            .add(CHILD, "child_id", "C", "birth_date", "2002-04-01")
            .add(CARE_LEAVER, "child_id", "C", "activity", "F1")
            .add(CHILD, "child_id", "D", "birth_date", "2002-04-02")
            .add(CARE_LEAVER, "child_id", "D", "accommodation", "U1")
            // Too young, but nothing recorded.
            .add(CHILD, "child_id", "E", "birth_date", "2010-01-01")
            .add(CARE_LEAVER, "child_id", "E");
    assertThat(f.flagged("391")).containsExactly("A OC3 row 1", "C OC3 row 3");
  }

  @Test
  void anEpisodeAfterOneEndingInDeathOrAdulthoodIsFlaggedAndALastOneIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "E15")
            .add(CLA_EPISODE, "child_id", "A", "start_date", "2024-07-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "E2")
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2024-07-01");
    assertThat(f.flagged("437")).containsExactly("A Episodes row 1");
  }

  @Test
  void aChildRecordedDeadOrAdultInEarlierYearsHasTheFirstEpisodeOfThisYearFlaggedOnce()
      throws Exception {
    ReturnFixture f =
        year()
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2023-05-01",
                "end_date",
                "2023-06-01",
                "reason_ceased",
                "E2")
            .add(
                CLA_EPISODE,
                "child_id",
                "A",
                "start_date",
                "2024-05-01",
                "end_date",
                "2024-06-01",
                "reason_ceased",
                "X1")
            .add(
                CLA_EPISODE, "child_id", "A", "start_date", "2024-06-01", "reason_new_episode", "P")
            .lastYear(
                CLA_EPISODE,
                "child_id",
                "B",
                "start_date",
                "2023-05-01",
                "end_date",
                "2023-06-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "B", "start_date", "2024-05-01");
    assertThat(f.flagged("437")).containsExactly("A Episodes row 1");
  }
}
