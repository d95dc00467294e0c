package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.ASSESSMENT_FACTOR;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * The CIN census rules about assessments and the factors identified at them. Each where it fires
 * and where it only just does not; the dates are worked out by hand.
 */
class CinAssessmentRulesTest {
  private static ReturnFixture census() {
    return ReturnFixture.cin("2025-26");
  }

  /** A factor of the child's first assessment in its first episode. */
  private static ReturnFixture factor(ReturnFixture f, String child, String code) {
    return f.add(ASSESSMENT_FACTOR, "child_id", child, "factor", code);
  }

  // ------------------------------------------------------------------ dates

  @Test
  void anAssessmentAuthorisedTheDayBeforeItStartedIsFlaggedAndOneOnTheSameDayIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                ASSESSMENT,
                "child_id",
                "C1",
                "start_date",
                "2025-06-02",
                "authorisation_date",
                "2025-06-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "start_date",
                "2025-06-02",
                "authorisation_date",
                "2025-06-02")
            .add(ASSESSMENT, "child_id", "C3", "start_date", "2025-06-02");
    assertThat(f.flagged("8608")).containsExactly("C1 Assessments row 1");
  }

  @Test
  void anOpenAssessmentStarted46WorkingDaysBeforeTheReferenceDateIsQueriedAnd45IsNot()
      throws Exception {
    // 31 March 2026 is a Tuesday and no bank holiday falls from February to March 2026: Tuesday
    // 27 January 2026 is nine weeks (45 working days) before it, Monday 26 January 46.
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2026-01-26")
            .add(ASSESSMENT, "child_id", "C2", "start_date", "2026-01-27")
            .add(
                ASSESSMENT,
                "child_id",
                "C3",
                "start_date",
                "2026-01-26",
                "authorisation_date",
                "2026-03-01");
    assertThat(f.flagged("8670Q")).containsExactly("C1 Assessments row 1");
  }

  @Test
  void anAuthorisationOutsideTheCensusYearIsFlaggedAndOneOnItsFirstOrLastDayIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                ASSESSMENT,
                "child_id",
                "C1",
                "start_date",
                "2025-03-01",
                "authorisation_date",
                "2025-03-31")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "start_date",
                "2025-03-01",
                "authorisation_date",
                "2025-04-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C3",
                "start_date",
                "2025-03-01",
                "authorisation_date",
                "2026-03-31")
            .add(
                ASSESSMENT,
                "child_id",
                "C4",
                "start_date",
                "2025-03-01",
                "authorisation_date",
                "2026-04-01");
    assertThat(f.flagged("8696")).containsExactly("C1 Assessments row 1", "C4 Assessments row 4");
    assertThat(f.findings().get(0).values()).containsExactly("2025-03-31", "2026-03-31");
  }

  @Test
  void anOpenAssessmentStartedBeforeTheCensusYearIsFlaggedAndOneOnItsFirstDayIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2025-03-31")
            .add(ASSESSMENT, "child_id", "C2", "start_date", "2025-04-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C3",
                "start_date",
                "2025-03-31",
                "authorisation_date",
                "2025-04-10")
            .add(ASSESSMENT, "child_id", "C4", "start_date", "2026-04-01");
    assertThat(f.flagged("8736")).containsExactly("C1 Assessments row 1", "C4 Assessments row 4");
  }

  @Test
  void anAssessmentStartingOnTheDayAnotherWasAuthorisedIsQueriedAndTheDayAfterIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(
                ASSESSMENT,
                "child_id",
                "C1",
                "assessment_no",
                1,
                "start_date",
                "2025-05-01",
                "authorisation_date",
                "2025-05-20")
            .add(
                ASSESSMENT,
                "child_id",
                "C1",
                "assessment_no",
                2,
                "start_date",
                "2025-05-20",
                "authorisation_date",
                "2025-06-10")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "assessment_no",
                1,
                "start_date",
                "2025-05-01",
                "authorisation_date",
                "2025-05-20")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "assessment_no",
                2,
                "start_date",
                "2025-05-21",
                "authorisation_date",
                "2025-06-10");
    assertThat(f.flagged("8863Q")).containsExactly("C1 Assessments row 2");
  }

  @Test
  void anAssessmentStartingWhileAnotherIsOpenIsQueriedButNotAcrossEpisodes() throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "assessment_no", 1, "start_date", "2025-05-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C1",
                "assessment_no",
                2,
                "start_date",
                "2025-06-01",
                "authorisation_date",
                "2025-06-20")
            .add(ASSESSMENT, "child_id", "C2", "episode_no", 1, "start_date", "2025-05-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "episode_no",
                2,
                "start_date",
                "2025-06-01",
                "authorisation_date",
                "2025-06-20");
    assertThat(f.flagged("8863Q")).containsExactly("C1 Assessments row 2");
  }

  @Test
  void twoOpenAssessmentsInAnEpisodeAreBothFlaggedAndAnOpenOneBesideACompletedOneIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "assessment_no", 1, "start_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C1", "assessment_no", 2, "start_date", "2025-06-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "assessment_no",
                1,
                "start_date",
                "2025-05-01",
                "authorisation_date",
                "2025-05-20")
            .add(ASSESSMENT, "child_id", "C2", "assessment_no", 2, "start_date", "2025-06-01")
            .add(ASSESSMENT, "child_id", "C3", "episode_no", 1, "start_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C3", "episode_no", 2, "start_date", "2025-06-01");
    assertThat(f.flagged("8896")).containsExactly("C1 Assessments row 1", "C1 Assessments row 2");
  }

  @Test
  void aClosedEpisodeWithAnOpenAssessmentIsFlaggedAndWithACompletedOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-07-01",
                "reason_for_closure",
                "RC1")
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-07-01",
                "reason_for_closure",
                "RC1")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "start_date",
                "2025-05-01",
                "authorisation_date",
                "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C3")
            .add(ASSESSMENT, "child_id", "C3", "start_date", "2025-05-01");
    assertThat(f.flagged("8867")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-07-01", null);
  }

  // ------------------------------------------------------------------ factors

  @Test
  void factorsOnAnAssessmentNotYetAuthorisedAreFlaggedAndOnAnAuthorisedOneAreNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2025-05-01")
            .add(
                ASSESSMENT,
                "child_id",
                "C2",
                "start_date",
                "2025-05-01",
                "authorisation_date",
                "2025-05-20")
            .add(ASSESSMENT, "child_id", "C3", "start_date", "2025-05-01");
    factor(f, "C1", "4A");
    factor(f, "C1", "3A");
    factor(f, "C2", "3A");
    assertThat(f.flagged("8614")).containsExactly("C1 Assessments row 1");
    assertThat(f.findings().get(0).values()).containsExactly(null, "3A,4A");
  }

  @Test
  void factor21WithAnotherFactorIsFlaggedAndOnItsOwnIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-05-20");
    factor(f, "C1", "21");
    factor(f, "C1", "3A");
    factor(f, "C2", "21");
    assertThat(f.flagged("8869")).containsExactly("C1 Assessments row 1");
    assertThat(f.findings().get(0).values()).containsExactly("21,3A");
  }

  @Test
  void theOnlyAssessmentFindingNoFactorsIsQueriedUnlessTheEpisodeClosedRc8OrRc9() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-05-20")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-05-20")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC9")
            .add(ASSESSMENT, "child_id", "C3", "authorisation_date", "2025-05-20")
            .add(CIN_EPISODE, "child_id", "C4")
            .add(ASSESSMENT, "child_id", "C4", "authorisation_date", "2025-05-20")
            .add(
                CIN_EPISODE,
                "child_id",
                "C5",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(
                ASSESSMENT,
                "child_id",
                "C5",
                "assessment_no",
                1,
                "authorisation_date",
                "2025-05-20")
            .add(
                ASSESSMENT,
                "child_id",
                "C5",
                "assessment_no",
                2,
                "authorisation_date",
                "2025-05-25");
    for (String child : new String[] {"C1", "C2", "C3", "C4", "C5"}) {
      factor(f, child, "21");
    }
    assertThat(f.flagged("8873Q")).containsExactly("C1 Assessments row 1", "C4 Assessments row 4");
    assertThat(f.findings().get(0).values()).containsExactly("RC1", "21");
  }

  @Test
  void anAssessmentAuthorisedInTheYearWithoutAFactorIsQueriedAndOneAuthorisedBeforeIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-04-01")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-03-31")
            .add(ASSESSMENT, "child_id", "C3", "authorisation_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C4", "authorisation_date", "2025-05-01")
            .add(ASSESSMENT, "child_id", "C5");
    factor(f, "C3", "99");
    factor(f, "C4", "3A");
    assertThat(f.flagged("8897Q")).containsExactly("C1 Assessments row 1", "C3 Assessments row 3");
    assertThat(f.findings().get(1).values()).containsExactly("2025-05-01", "99");
  }

  @Test
  void aFactorGivenTwiceIsFlaggedOnceAndTwoDifferentFactorsAreNot() throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-05-20");
    factor(f, "C1", "3A");
    factor(f, "C1", "3A");
    factor(f, "C1", "4A");
    factor(f, "C2", "3A");
    factor(f, "C2", "3B");
    assertThat(f.flagged("8898")).containsExactly("C1 Assessments row 1");
    assertThat(f.findings().get(0).values()).containsExactly("3A");
  }

  @Test
  void factor18aIsQueriedWhateverItsCaseAnd18bIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C3", "authorisation_date", "2025-05-20");
    factor(f, "C1", "18A");
    factor(f, "C2", "18a");
    factor(f, "C3", "18B");
    factor(f, "C3", "18C");
    assertThat(f.flagged("8945Q")).containsExactly("C1 Assessments row 1", "C2 Assessments row 2");
  }

  @Test
  void factor19aIsQueriedWhateverItsCaseAnd19bIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(ASSESSMENT, "child_id", "C1", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C2", "authorisation_date", "2025-05-20")
            .add(ASSESSMENT, "child_id", "C3", "authorisation_date", "2025-05-20");
    factor(f, "C1", "19A");
    factor(f, "C2", "19a");
    factor(f, "C3", "19B");
    factor(f, "C3", "18A");
    assertThat(f.flagged("8950Q")).containsExactly("C1 Assessments row 1", "C2 Assessments row 2");
  }
}
