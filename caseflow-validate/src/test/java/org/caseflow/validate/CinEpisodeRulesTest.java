package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ASSESSMENT;
import static org.caseflow.domain.schema.Table.ASSESSMENT_FACTOR;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.SECTION47;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CIN census rules about the CINdetails module: referral, closure, no further action, source of
 * referral, primary need and overlapping episodes. Each where it fires and where it only just does
 * not; the dates are worked out by hand.
 */
class CinEpisodeRulesTest {
  /** This helper's codes: the three families' rules. */
  private static final Set<String> CODES =
      Set.of(
          "1104", "2884", "2889", "2990", "2991Q", "8555Q", "8568", "8569Q", "8585Q", "8600",
          "8606", "8608", "8610", "8614", "8615", "8620", "8630", "8640", "8650", "8670Q", "8675Q",
          "8696", "8715", "8736", "8740", "8805", "8810", "8815", "8816", "8820", "8825Q", "8831",
          "8839", "8863Q", "8866", "8867", "8868", "8869", "8870Q", "8873Q", "8875", "8890", "8896",
          "8897Q", "8898", "8945Q", "8950Q");

  @TempDir Path dir;

  private static ReturnFixture census() {
    return ReturnFixture.cin("2025-26");
  }

  // ------------------------------------------------------------------ referral

  @Test
  void aReferralTheDayAfterTheChildDiedIsQueriedAndOneOnTheDayOfDeathIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CHILD, "child_id", "C1", "death_date", "2025-09-10")
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-09-11")
            .add(CHILD, "child_id", "C2", "death_date", "2025-09-10")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-09-10")
            .add(CHILD, "child_id", "C3")
            .add(CIN_EPISODE, "child_id", "C3", "referral_date", "2025-09-11");
    assertThat(f.flagged("8555Q")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-09-10", "2025-09-11");
    assertThat(f.findings().get(0).severity()).isEqualTo(Severity.QUERY);
  }

  @Test
  void aReferralMissingOrAfterTheReferenceDateIsFlaggedAndOneOnItIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2026-04-01")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2026-03-31")
            .add(CIN_EPISODE, "child_id", "C3");
    assertThat(f.flagged("8600")).containsExactly("C1 CINdetails row 1", "C3 CINdetails row 3");
  }

  @Test
  void aReferral281DaysBeforeTheBirthIsFlaggedAnd280DaysBeforeIsNot() throws Exception {
    // 280 days before 1 October 2025 is 25 December 2024; before 1 March 2026, 25 May 2025.
    ReturnFixture f =
        census()
            .add(CHILD, "child_id", "C1", "birth_date", "2025-10-01")
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2024-12-24")
            .add(CHILD, "child_id", "C2", "birth_date", "2025-10-01")
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2024-12-25")
            .add(CHILD, "child_id", "C3", "birth_date", null, "expected_birth_date", "2026-03-01")
            .add(CIN_EPISODE, "child_id", "C3", "referral_date", "2025-05-24")
            .add(CHILD, "child_id", "C4", "birth_date", null, "expected_birth_date", "2026-03-01")
            .add(CIN_EPISODE, "child_id", "C4", "referral_date", "2025-05-25");
    assertThat(f.flagged("8606")).containsExactly("C1 CINdetails row 1", "C3 CINdetails row 3");
    assertThat(f.findings().get(1).values()).containsExactly("2025-05-24", null, "2026-03-01");
  }

  @Test
  void aSourceOfReferralMissingOrNotInTheListIsFlaggedAndEarlyHelpIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "referral_date",
                "2025-05-01",
                "referral_source",
                "11")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "referral_date",
                "2025-05-01",
                "referral_source",
                null)
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "referral_date",
                "2025-05-01",
                "referral_source",
                "5D")
            .add(
                CIN_EPISODE,
                "child_id",
                "C4",
                "referral_date",
                "2025-05-01",
                "referral_source",
                "10")
            .add(
                CIN_EPISODE,
                "child_id",
                "C5",
                "referral_date",
                "2025-05-01",
                "referral_source",
                "1b");
    assertThat(f.flagged("8866"))
        .containsExactly("C1 CINdetails row 1", "C2 CINdetails row 2", "C5 CINdetails row 5");
  }

  @Test
  void aMissingSourceIsFlaggedFromTheFirstOfApril2013AndNotBefore() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "referral_date",
                "2013-04-01",
                "referral_source",
                null)
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "referral_date",
                "2013-03-31",
                "referral_source",
                null);
    assertThat(f.flagged("8866")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void theCodeListsOf2024To25AreThoseOf2025To26() throws Exception {
    // 5D (early help) and RC9 (closed after assessment, referred to early help) came in 2022-23.
    ReturnFixture f =
        ReturnFixture.cin("2024-25")
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "referral_date",
                "2024-05-01",
                "referral_source",
                "5D",
                "closure_date",
                "2024-06-01",
                "reason_for_closure",
                "RC9")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "referral_date",
                "2024-05-01",
                "referral_source",
                "5E",
                "closure_date",
                "2024-06-01",
                "reason_for_closure",
                "RC10");
    assertThat(f.flagged("8866")).containsExactly("C2 CINdetails row 2");
    assertThat(f.flagged("8640")).containsExactly("C2 CINdetails row 2");
  }

  // ------------------------------------------------------------------ no further action

  @Test
  void aMissingNfaFlagIsFlaggedAndAFalseOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-01", "referral_nfa", null)
            .add(
                CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-01", "referral_nfa", false)
            .add(CIN_EPISODE, "child_id", "C3", "referral_date", "2025-05-01", "referral_nfa", true)
            .add(
                CIN_EPISODE,
                "child_id",
                "C4",
                "referral_date",
                "2025-05-01",
                "referral_nfa",
                null,
                "unreadable",
                "ReferralNFA");
    assertThat(f.flagged("8568")).containsExactly("C1 CINdetails row 1", "C4 CINdetails row 4");
  }

  @Test
  void anNfaReferralBeforeTheLastWorkingDayOfMarchIsQueriedAndOneOnThatDayIsNot() throws Exception {
    // 1 April 2025 is a Tuesday: one working day before it is Monday 31 March 2025.
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-03-28", "referral_nfa", true)
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-03-31", "referral_nfa", true)
            .add(
                CIN_EPISODE, "child_id", "C3", "referral_date", "2025-03-28", "referral_nfa", false)
            .add(
                CIN_EPISODE, "child_id", "C4", "referral_date", "2025-03-30", "referral_nfa", true);
    assertThat(f.flagged("8569Q")).containsExactly("C1 CINdetails row 1", "C4 CINdetails row 4");
  }

  @Test
  void anNfaReferralIsComparedWithTheThursdayBeforeEasterWhenTheYearStartsOnEasterMonday()
      throws Exception {
    // 1 April 2024 was Easter Monday and 29 March Good Friday: the working day before 1 April
    // 2024 was Thursday 28 March.
    ReturnFixture f =
        ReturnFixture.cin("2024-25")
            .add(CIN_EPISODE, "child_id", "C1", "referral_date", "2024-03-27", "referral_nfa", true)
            .add(CIN_EPISODE, "child_id", "C2", "referral_date", "2024-03-28", "referral_nfa", true)
            .add(
                CIN_EPISODE, "child_id", "C3", "referral_date", "2024-03-29", "referral_nfa", true);
    assertThat(f.flagged("8569Q")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void aMissingPrimaryNeedIsFlaggedWhenTheReferralLedToFurtherActionOnly() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_nfa", false, "primary_need", null)
            .add(CIN_EPISODE, "child_id", "C2", "referral_nfa", true, "primary_need", null)
            .add(CIN_EPISODE, "child_id", "C3", "referral_nfa", false, "primary_need", "N1");
    assertThat(f.flagged("8610")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("false", null);
  }

  @Test
  void anNfaEpisodeWithAnAssessmentSection47OrConferenceIsFlaggedAndOneWithNoneIsNot()
      throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "referral_nfa", true)
            .add(ASSESSMENT, "child_id", "C1", "start_date", "2025-05-02")
            .add(CIN_EPISODE, "child_id", "C2", "referral_nfa", true)
            .add(SECTION47, "child_id", "C2", "start_date", "2025-05-03")
            .add(CIN_EPISODE, "child_id", "C3", "referral_nfa", true, "icpc_date", "2025-05-04")
            .add(CIN_EPISODE, "child_id", "C4", "referral_nfa", true)
            .add(CIN_EPISODE, "child_id", "C5", "referral_nfa", false)
            .add(ASSESSMENT, "child_id", "C5", "start_date", "2025-05-02")
            .add(CIN_EPISODE, "child_id", "C6", "referral_nfa", true)
            .add(ASSESSMENT, "child_id", "C6");
    assertThat(f.flagged("8831"))
        .containsExactly("C1 CINdetails row 1", "C2 CINdetails row 2", "C3 CINdetails row 3");
    assertThat(f.findings().get(1).values()).containsExactly(null, null, "2025-05-03", null);
  }

  // ------------------------------------------------------------------ closure

  @Test
  void aClosureOutsideTheCensusYearIsFlaggedAndOneOnItsFirstOrLastDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "referral_date",
                "2025-01-01",
                "closure_date",
                "2025-03-31")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "referral_date",
                "2025-01-01",
                "closure_date",
                "2025-04-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "referral_date",
                "2025-01-01",
                "closure_date",
                "2026-03-31")
            .add(
                CIN_EPISODE,
                "child_id",
                "C4",
                "referral_date",
                "2025-01-01",
                "closure_date",
                "2026-04-01")
            .add(CIN_EPISODE, "child_id", "C5", "referral_date", "2025-01-01");
    assertThat(f.flagged("8620")).containsExactly("C1 CINdetails row 1", "C4 CINdetails row 4");
  }

  @Test
  void aClosureTheDayBeforeTheReferralIsFlaggedAndOneOnTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "referral_date",
                "2025-06-02",
                "closure_date",
                "2025-06-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "referral_date",
                "2025-06-02",
                "closure_date",
                "2025-06-02");
    assertThat(f.flagged("8630")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void aReasonForClosureNotInTheListIsFlaggedAndRc9IsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC10")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC9")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(CIN_EPISODE, "child_id", "C4");
    assertThat(f.flagged("8640")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void aPrimaryNeedNotInTheListIsFlaggedAndN0IsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "primary_need", "N10")
            .add(CIN_EPISODE, "child_id", "C2", "primary_need", "N0")
            .add(CIN_EPISODE, "child_id", "C3", "primary_need", "N9")
            .add(CIN_EPISODE, "child_id", "C4", "primary_need", null);
    assertThat(f.flagged("8650")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void aClosureDateWithoutAReasonIsFlaggedAndOneWithAReasonIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "closure_date", "2025-06-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(CIN_EPISODE, "child_id", "C3", "reason_for_closure", "RC1")
            .add(CIN_EPISODE, "child_id", "C4");
    assertThat(f.flagged("8805")).containsExactly("C1 CINdetails row 1");
    assertThat(f.flagged("8810")).containsExactly("C3 CINdetails row 3");
  }

  @Test
  void diedAsTheReasonForClosureWithoutADateOfDeathIsQueriedAndWithOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CHILD, "child_id", "C1")
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC2")
            .add(CHILD, "child_id", "C2", "death_date", "2025-06-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC2")
            .add(CHILD, "child_id", "C3")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1");
    assertThat(f.flagged("8585Q")).containsExactly("C1 CINdetails row 1");
    assertThat(f.findings().get(0).values()).containsExactly("RC2", null);
  }

  @Test
  void closedAfterAssessmentWithActivityIsFlaggedAndWithOnlyAnAssessmentIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8")
            .add(SECTION47, "child_id", "C1", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC9")
            .add(CP_PLAN, "child_id", "C2", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8")
            .add(CIN_PLAN, "child_id", "C3", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C4",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8",
                "icpc_date",
                "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C5",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8")
            .add(ASSESSMENT, "child_id", "C5", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C6",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(SECTION47, "child_id", "C6", "start_date", "2025-05-01");
    assertThat(f.flagged("2990"))
        .containsExactly(
            "C1 CINdetails row 1",
            "C2 CINdetails row 2",
            "C3 CINdetails row 3",
            "C4 CINdetails row 4");
  }

  @Test
  void closedAfterAssessmentWithNoAssessmentIsQueriedAndWithOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC8")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC9")
            .add(ASSESSMENT, "child_id", "C2", "start_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "closure_date",
                "2025-06-01",
                "reason_for_closure",
                "RC1")
            .add(CIN_EPISODE, "child_id", "C4", "episode_no", 1, "reason_for_closure", "RC9")
            .add(CIN_EPISODE, "child_id", "C4", "episode_no", 2)
            .add(ASSESSMENT, "child_id", "C4", "episode_no", 2, "start_date", "2025-05-01");
    assertThat(f.flagged("8825Q")).containsExactly("C1 CINdetails row 1", "C4 CINdetails row 4");
  }

  // ------------------------------------------------------------------ open episodes and overlaps

  @Test
  void twoOpenEpisodesThatAreNotNfaAreBothFlaggedAndAnOpenNfaOneBesideOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1, "referral_date", "2025-05-01")
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 2, "referral_date", "2025-07-01")
            .add(CIN_EPISODE, "child_id", "C2", "episode_no", 1, "referral_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                2,
                "referral_date",
                "2025-07-01",
                "referral_nfa",
                true)
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "closure_date",
                "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 2, "referral_date", "2025-07-01");
    assertThat(f.flagged("8815")).containsExactly("C1 CINdetails row 1", "C1 CINdetails row 2");
  }

  @Test
  void anOpenEpisodeReferredBeforeAnotherIsFlaggedAndTheLatestOpenOneIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1, "referral_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "episode_no",
                2,
                "referral_date",
                "2025-06-01",
                "closure_date",
                "2025-07-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "closure_date",
                "2025-05-20")
            .add(CIN_EPISODE, "child_id", "C2", "episode_no", 2, "referral_date", "2025-06-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C3",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "referral_nfa",
                true)
            .add(CIN_EPISODE, "child_id", "C3", "episode_no", 2, "referral_date", "2025-06-01");
    assertThat(f.flagged("8816")).containsExactly("C1 CINdetails row 1");
  }

  @Test
  void aReferralBeforeAnotherEpisodeClosedIsFlaggedAndOneOnItsClosureDayIsNot() throws Exception {
    ReturnFixture f =
        census()
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "closure_date",
                "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 2, "referral_date", "2025-05-31")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "closure_date",
                "2025-06-01")
            .add(CIN_EPISODE, "child_id", "C2", "episode_no", 2, "referral_date", "2025-06-01");
    assertThat(f.flagged("8820")).containsExactly("C1 CINdetails row 2");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-31", null);
  }

  @Test
  void anEpisodeReferredWhileAnotherIsOpenIsFlaggedUnlessTheOpenOneIsNfa() throws Exception {
    ReturnFixture f =
        census()
            .add(CIN_EPISODE, "child_id", "C1", "episode_no", 1, "referral_date", "2025-05-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C1",
                "episode_no",
                2,
                "referral_date",
                "2025-07-01",
                "closure_date",
                "2025-08-01")
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                1,
                "referral_date",
                "2025-05-01",
                "referral_nfa",
                true)
            .add(
                CIN_EPISODE,
                "child_id",
                "C2",
                "episode_no",
                2,
                "referral_date",
                "2025-07-01",
                "closure_date",
                "2025-08-01");
    assertThat(f.flagged("8820")).containsExactly("C1 CINdetails row 2");
  }

  // ------------------------------------------------------------------ both engines

  @Test
  void everyRuleOfTheThreeFamiliesFiresAndFindsTheSameOnPostgreSqlAsOnDuckDb() throws Exception {
    List<String> duckdb = findingsOn("duckdb");
    List<String> postgresql = findingsOn("postgresql");
    Set<String> fired = new TreeSet<>();
    for (String line : duckdb) {
      fired.add(line.substring(0, line.indexOf(' ')));
    }
    assertThat(fired).containsExactlyInAnyOrderElementsOf(CODES);
    assertThat(postgresql).containsExactlyInAnyOrderElementsOf(duckdb);
  }

  /** Runs the codes on one return holding a failure of each, on the engine given. */
  private List<String> findingsOn(String engine) throws Exception {
    try (Store store = Stores.fresh(engine, dir)) {
      StoreFixture f = StoreFixture.on(store, "808").as(ReturnKind.CIN_CENSUS).year(2026);
      everyFailure(f);
      long batch = f.loadBatches().get("2026|CIN_CENSUS");
      for (Table t : ReturnViews.tablesOf(ReturnKind.CIN_CENSUS)) {
        try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "INSERT INTO import_table (batch_id, table_name, row_count) SELECT ?, ?, 0"
                        + " WHERE NOT EXISTS (SELECT 1 FROM import_table WHERE batch_id = ? AND"
                        + " table_name = ?)")) {
          ps.setLong(1, batch);
          ps.setString(2, t.sqlName());
          ps.setLong(3, batch);
          ps.setString(4, t.sqlName());
          ps.executeUpdate();
        }
      }
      List<Rule> rules =
          RuleSet.forYear(ReturnKind.CIN_CENSUS, CollectionYear.parse("2025-26"))
              .orElseThrow()
              .rules()
              .stream()
              .filter(r -> CODES.contains(r.code()))
              .toList();
      Validation v = Validator.validate(store.connection(), batch, rules);
      assertThat(v.skipped()).isEmpty();
      return v.findings().stream()
          .map(x -> x.rule() + " " + x.childId() + " " + x.location() + " " + x.values())
          .toList();
    }
  }

  /** A 2025-26 return with at least one failure of every code. */
  private static void everyFailure(StoreFixture f) {
    // Episodes: a child referred after death, by an unknown source, with an unknown need, closed
    // before the referral as RC8 yet with a Section 47 and a conference at both levels.
    f.add(CHILD, "child_id", "A", "birth_date", "2015-06-01", "death_date", "2025-09-10");
    f.add(
        CIN_EPISODE,
        "child_id",
        "A",
        "episode_no",
        1,
        "referral_date",
        "2025-09-11",
        "referral_source",
        "11",
        "primary_need",
        "N10",
        "referral_nfa",
        true,
        "closure_date",
        "2025-09-01",
        "reason_for_closure",
        "RC8",
        "icpc_date",
        "2025-06-08");
    f.add(
        SECTION47,
        "child_id",
        "A",
        "episode_no",
        1,
        "icpc_date",
        "2025-06-08",
        "icpc_target_date",
        "2025-06-07");
    // An NFA referral before the year, an open episode without an NFA flag, and an overlap.
    f.add(CHILD, "child_id", "B", "birth_date", "2015-06-01");
    f.add(
        CIN_EPISODE,
        "child_id",
        "B",
        "episode_no",
        1,
        "referral_date",
        "2025-03-28",
        "referral_nfa",
        null,
        "primary_need",
        "N1",
        "referral_source",
        "1B");
    f.add(
        CIN_EPISODE,
        "child_id",
        "B",
        "episode_no",
        2,
        "referral_date",
        "2025-05-01",
        "referral_nfa",
        false,
        "primary_need",
        null,
        "referral_source",
        "1B");
    f.add(
        CIN_EPISODE,
        "child_id",
        "B",
        "episode_no",
        3,
        "referral_date",
        "2025-03-20",
        "referral_nfa",
        true,
        "primary_need",
        "N1",
        "referral_source",
        "1B");
    // Odd dates and codes on closed episodes, and a referral long before the birth.
    f.add(CHILD, "child_id", "C", "birth_date", "2025-10-01");
    f.add(
        CIN_EPISODE,
        "child_id",
        "C",
        "episode_no",
        1,
        "referral_date",
        "2024-12-24",
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "closure_date",
        "2026-04-01",
        "reason_for_closure",
        "RC10");
    f.add(
        CIN_EPISODE,
        "child_id",
        "C",
        "episode_no",
        2,
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "reason_for_closure",
        "RC2");
    f.add(
        CIN_EPISODE,
        "child_id",
        "C",
        "episode_no",
        3,
        "referral_date",
        "2026-02-01",
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "closure_date",
        "2026-03-01");
    // Assessments: all kinds of trouble in one closed episode.
    f.add(CHILD, "child_id", "D", "birth_date", "2015-06-01");
    f.add(
        CIN_EPISODE,
        "child_id",
        "D",
        "episode_no",
        1,
        "referral_date",
        "2025-03-01",
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "closure_date",
        "2026-03-01",
        "reason_for_closure",
        "RC1");
    f.add(
        ASSESSMENT,
        "child_id",
        "D",
        "episode_no",
        1,
        "assessment_no",
        1,
        "start_date",
        "2025-03-31");
    f.add(
        ASSESSMENT,
        "child_id",
        "D",
        "episode_no",
        1,
        "assessment_no",
        2,
        "start_date",
        "2026-01-26");
    f.add(
        ASSESSMENT,
        "child_id",
        "D",
        "episode_no",
        1,
        "assessment_no",
        3,
        "start_date",
        "2025-06-02",
        "authorisation_date",
        "2025-06-01");
    f.add(
        ASSESSMENT,
        "child_id",
        "D",
        "episode_no",
        1,
        "assessment_no",
        4,
        "start_date",
        "2026-03-01",
        "authorisation_date",
        "2026-04-01");
    for (String code : new String[] {"21", "3A", "3A", "18A", "19A"}) {
      f.add(
          ASSESSMENT_FACTOR, "child_id", "D", "episode_no", 1, "assessment_no", 1, "factor", code);
    }
    // The only assessment found no factors, yet the episode closed RC1.
    f.add(CHILD, "child_id", "E", "birth_date", "2015-06-01");
    f.add(
        CIN_EPISODE,
        "child_id",
        "E",
        "episode_no",
        1,
        "referral_date",
        "2025-05-01",
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "closure_date",
        "2025-07-01",
        "reason_for_closure",
        "RC1");
    f.add(
        ASSESSMENT,
        "child_id",
        "E",
        "episode_no",
        1,
        "assessment_no",
        1,
        "start_date",
        "2025-05-02",
        "authorisation_date",
        "2025-05-20");
    f.add(ASSESSMENT_FACTOR, "child_id", "E", "episode_no", 1, "assessment_no", 1, "factor", "21");
    // Section 47s: two open in a closed episode, one before the year, one before the referral.
    f.add(CHILD, "child_id", "F", "birth_date", "2015-06-01");
    f.add(
        CIN_EPISODE,
        "child_id",
        "F",
        "episode_no",
        1,
        "referral_date",
        "2025-04-10",
        "referral_nfa",
        false,
        "primary_need",
        "N1",
        "referral_source",
        "1B",
        "closure_date",
        "2026-03-31",
        "reason_for_closure",
        "RC1");
    f.add(
        SECTION47,
        "child_id",
        "F",
        "episode_no",
        1,
        "start_date",
        "2025-03-31",
        "icpc_not_required",
        false);
    f.add(
        SECTION47,
        "child_id",
        "F",
        "episode_no",
        1,
        "start_date",
        "2026-03-09",
        "icpc_not_required",
        false);
    f.add(
        SECTION47,
        "child_id",
        "F",
        "episode_no",
        1,
        "start_date",
        "2026-03-20",
        "icpc_date",
        "2026-04-01");
  }
}
