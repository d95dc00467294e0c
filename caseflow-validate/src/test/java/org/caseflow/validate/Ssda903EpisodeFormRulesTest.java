package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;

import org.junit.jupiter.api.Test;

/** The SSDA903 Episodes and Reviews form rules, each where it fires and where it only just not. */
class Ssda903EpisodeFormRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  private static ReturnFixture episode(ReturnFixture f, String child, Object... pairs) {
    Object[] all = new Object[pairs.length + 4];
    all[0] = "child_id";
    all[1] = child;
    all[2] = "start_date";
    all[3] = "2025-05-01";
    System.arraycopy(pairs, 0, all, 4, pairs.length);
    return f.add(CLA_EPISODE, all);
  }

  @Test
  void aStartDateThatIsNoDateOrBlankIsFlaggedAndARealOneIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CLA_EPISODE, "child_id", "A", "unreadable", "DECOM")
            .add(CLA_EPISODE, "child_id", "B")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2025-04-01");
    assertThat(f.flagged("141")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }

  @Test
  void anEndDateThatIsNoDateIsFlaggedAndABlankOneIsNot() throws Exception {
    ReturnFixture f = y2526();
    episode(f, "A", "unreadable", "DEC");
    episode(f, "B");
    episode(f, "C", "end_date", "2025-06-01", "reason_ceased", "E11");
    assertThat(f.flagged("147")).containsExactly("A Episodes row 1");
  }

  @Test
  void anEarlierEpisodeWithoutAnEndOrAReasonIsFlaggedAndTheLatestOpenOneIsNot() throws Exception {
    ReturnFixture f = y2526();
    // A: the first of two episodes has a DEC but no REC
    episode(f, "A", "start_date", "2025-05-01", "end_date", "2025-06-01");
    episode(f, "A", "start_date", "2025-06-01");
    // B: the first has no DEC
    episode(f, "B", "start_date", "2025-05-01", "reason_ceased", "X1");
    episode(f, "B", "start_date", "2025-06-01");
    // C: both fields on the first, the latest open: fine
    episode(f, "C", "start_date", "2025-05-01", "end_date", "2025-06-01", "reason_ceased", "X1");
    episode(f, "C", "start_date", "2025-06-01");
    // D: a DEC held in a form that is not a date counts as given
    episode(f, "D", "start_date", "2025-05-01", "reason_ceased", "X1", "unreadable", "DEC");
    episode(f, "D", "start_date", "2025-06-01");
    // E: the later row in the file is the earlier episode
    episode(f, "E", "start_date", "2025-06-01");
    episode(f, "E", "start_date", "2025-05-01");
    assertThat(f.flagged("142"))
        .containsExactly("A Episodes row 1", "B Episodes row 3", "E Episodes row 10");
  }

  @Test
  void episodeCodesOutsideTheirListsAreFlaggedAndTheLastCodeOfEachListIsNot() throws Exception {
    ReturnFixture f = y2526();
    episode(f, "A", "reason_new_episode", "X");
    episode(f, "B", "reason_new_episode", "U");
    episode(f, "C", "legal_status", "J4");
    episode(f, "D", "legal_status", "J3");
    episode(f, "E", "category_of_need", "N9");
    episode(f, "F", "category_of_need", "N8");
    episode(f, "G", "reason_ceased", "E43");
    episode(f, "H", "reason_ceased", "E9", "end_date", "2025-06-01");
    episode(f, "I", "placement_provider", "PR6");
    episode(f, "J", "placement_provider", "PR0");
    episode(f, "K", "placement_provider", null);
    episode(f, "L", "placement_type", "T0", "placement_provider", "PR1");
    episode(f, "M", "placement_type", "T0", "placement_provider", null);
    assertThat(f.flagged("143")).containsExactly("A Episodes row 1");
    assertThat(f.flagged("144")).containsExactly("C Episodes row 3");
    assertThat(f.flagged("145")).containsExactly("E Episodes row 5");
    assertThat(f.flagged("149")).containsExactly("G Episodes row 7");
    assertThat(f.flagged("178")).containsExactly("I Episodes row 9", "L Episodes row 12");
  }

  @Test
  void placementTypesAreCheckedAgainstTheListOfTheYear() throws Exception {
    String[] places = {"K3", "Z1", "H5", "Z11", "U6", "P4"};
    ReturnFixture y2425 = ReturnFixture.ssda903("2024-25");
    ReturnFixture y2526 = y2526();
    for (String p : places) {
      y2425.add(CLA_EPISODE, "child_id", p, "start_date", "2024-05-01", "placement_type", p);
      episode(y2526, p, "placement_type", p);
    }
    assertThat(y2425.flagged("146")).containsExactly("P4 Episodes row 6", "Z11 Episodes row 4");
    assertThat(y2526.flagged("146"))
        .containsExactly("H5 Episodes row 3", "P4 Episodes row 6", "Z1 Episodes row 2");
  }

  @Test
  void aReviewWithoutAUsableDateIsFlaggedAndOneWithADateIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CLA_REVIEW, "child_id", "A", "unreadable", "REVIEW", "participation", "PN1")
            .add(CLA_REVIEW, "child_id", "B", "participation", "PN1")
            .add(CLA_REVIEW, "child_id", "C", "review_date", "2025-04-01", "participation", "PN1");
    assertThat(f.flagged("166")).containsExactly("A Reviews row 1", "B Reviews row 2");
  }

  @Test
  void aReviewNeedsAParticipationCodeOfTheListAndACodeNeedsAReview() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CLA_REVIEW, "child_id", "A", "review_date", "2025-05-01", "participation", "PN8")
            .add(CLA_REVIEW, "child_id", "B", "review_date", "2025-05-01")
            .add(CLA_REVIEW, "child_id", "C", "review_date", "2025-05-01", "participation", "PN7")
            .add(CLA_REVIEW, "child_id", "D", "review_date", "2025-05-01", "participation", "PN0")
            .add(CLA_REVIEW, "child_id", "E", "participation", "PN1")
            .add(CLA_REVIEW, "child_id", "G", "unreadable", "REVIEW")
            .add(CLA_REVIEW, "child_id", "H");
    assertThat(f.flagged("167"))
        .containsExactly(
            "A Reviews row 1", "B Reviews row 2", "E Reviews row 5", "G Reviews row 6");
  }
}
