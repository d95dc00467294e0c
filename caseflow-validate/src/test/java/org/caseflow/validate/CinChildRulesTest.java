package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CIN_PLAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CIN census rules on the child's record: the header's ReferenceDate, identifiers (LAchildID,
 * UPN, former UPN), dates of birth and death, sex and ethnicity.
 */
class CinChildRulesTest {
  private static ReturnFixture cin() {
    return ReturnFixture.cin("2025-26");
  }

  /** A child with the given columns, and one episode going on to further action. */
  private static ReturnFixture child(ReturnFixture f, String id, Object... columnsAndValues) {
    Object[] all = new Object[columnsAndValues.length + 2];
    all[0] = "child_id";
    all[1] = id;
    System.arraycopy(columnsAndValues, 0, all, 2, columnsAndValues.length);
    return f.add(CHILD, all)
        .add(CIN_EPISODE, "child_id", id, "referral_date", "2025-05-01", "referral_nfa", false);
  }

  /** A child with only the columns given, and no episode. */
  private static ReturnFixture bare(ReturnFixture f, String id, Object... columnsAndValues) {
    Object[] all = new Object[columnsAndValues.length + 2];
    all[0] = "child_id";
    all[1] = id;
    System.arraycopy(columnsAndValues, 0, all, 2, columnsAndValues.length);
    return f.add(CHILD, all);
  }

  @Nested
  class TheHeader {
    @Test
    void aReferenceDateTheReaderFoundNotToBeTheThirtyFirstOfMarchIsReportedForTheReturn()
        throws Exception {
      ReturnFixture wrong = cin().finding("reference_date_incorrect", "ReferenceDate", "line 7");
      assertThat(wrong.flagged("100")).containsExactly("- Header");
      assertThat(wrong.findings().get(0).fields()).containsExactly("ReferenceDate");
    }

    @Test
    void aReturnWhoseReaderFoundNothingWrongWithTheReferenceDateIsNotReported() throws Exception {
      ReturnFixture right = cin().finding("date_after_reference_date", "CINreferralDate", "line 9");
      assertThat(right.flagged("100")).isEmpty();
    }
  }

  @Nested
  class ChildIds {
    @Test
    void aChildTheReaderFoundWithoutAnIdIsReportedOnceEachAndNoOtherMissingFieldIs()
        throws Exception {
      ReturnFixture f =
          cin()
              .finding("missing_required_field", "LAchildID", "line 83")
              .finding("missing_required_field", "LAchildID", "line 140")
              .finding("missing_required_field", "CHILD", "line 3");
      assertThat(f.flagged("8500")).containsExactly("- ChildIdentifiers", "- ChildIdentifiers");
      assertThat(cin().flagged("8500")).isEmpty();
    }

    @Test
    void anIdOfTwentyOneCharactersIsFlaggedAndOneOfTwentyIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "A12345678901234567890");
      bare(f, "A1234567890123456789");
      assertThat(f.flagged("1570")).containsExactly("A12345678901234567890 ChildIdentifiers row 1");
    }

    @Test
    void anIdWithAHyphenOrASpaceIsFlaggedAndOneOfLettersAndDigitsIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "ab-123");
      bare(f, "ab 123");
      bare(f, "Ab123z");
      bare(f, "ab_123");
      assertThat(f.flagged("1580"))
          .containsExactly(
              "ab 123 ChildIdentifiers row 2",
              "ab-123 ChildIdentifiers row 1",
              "ab_123 ChildIdentifiers row 4");
    }

    @Test
    void bothRecordsOfAnIdGivenTwiceAreFlaggedAndAnIdGivenOnceIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1");
      bare(f, "C2");
      bare(f, "C1");
      bare(f, "c1");
      assertThat(f.flagged("8510"))
          .containsExactly("C1 ChildIdentifiers row 1", "C1 ChildIdentifiers row 3");
    }

    @Test
    void aChildWithoutAnEpisodeIsFlaggedAndOneWithAnEpisodeIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1");
      child(f, "C2");
      assertThat(f.flagged("8590")).containsExactly("C1 ChildIdentifiers row 1");
    }

    @Test
    void anEpisodeOfAnotherChildDoesNotCountForTheChild() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1");
      f.add(CIN_EPISODE, "child_id", "C9", "referral_date", "2025-05-01");
      assertThat(f.flagged("8590")).containsExactly("C1 ChildIdentifiers row 1");
    }
  }

  /**
   * UPNs worked by hand. Y886251234567: characters 2-13 are 8 8 6 2 5 1 2 3 4 5 6 7; weighted 2 to
   * 13 they give 16 + 24 + 24 + 10 + 30 + 7 + 16 + 27 + 40 + 55 + 72 + 91 = 412; 412 = 17 x 23 +
   * 21, and letter 21 (from 0) of ABCDEFGHJKLMNPQRTUVWXYZ is Y. The temporary Z88625123456A: the
   * same less 91 for the 7, plus 13 x 0 for A: 321 = 13 x 23 + 22, Z; with B at 13 instead: 334 =
   * 14 x 23 + 12, N.
   */
  @Nested
  class Upns {
    @Test
    void aWrongCheckLetterIsFlaggedAndTheRightOneIsNotForPermanentAndTemporaryUpns()
        throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "X886251234567");
      bare(f, "C2", "upn", "Y886251234567");
      bare(f, "C3", "upn", "Z88625123456A");
      bare(f, "C4", "upn", "N88625123456B");
      bare(f, "C5", "upn", "Z88625123456B");
      bare(f, "C6", "upn", "A950000178301");
      assertThat(f.flagged("1510"))
          .containsExactly("C1 ChildIdentifiers row 1", "C5 ChildIdentifiers row 5");
      assertThat(f.findings().get(0).values()).containsExactly("X886251234567");
    }

    @Test
    void theCheckLetterIsNotWorkedOutForAUpnOfAnotherShape() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "X88625123456I");
      bare(f, "C2", "upn", "X8862512345");
      bare(f, "C3", "upn", "X88625123A567");
      bare(f, "C4", "upn", "X8862512345670");
      bare(f, "C5");
      assertThat(f.flagged("1510")).isEmpty();
    }

    @Test
    void bothChildrenWithTheSameUpnAreFlaggedAndChildrenWithoutOneAreNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "Y886251234567");
      bare(f, "C2", "upn", "A950000178301");
      bare(f, "C3", "upn", "Y886251234567");
      bare(f, "C4");
      bare(f, "C5");
      assertThat(f.flagged("1520"))
          .containsExactly("C1 ChildIdentifiers row 1", "C3 ChildIdentifiers row 3");
    }

    @Test
    void anLaCodeNotInTheDfeListIsFlaggedAndCurrentFormerAndPseudoCodesAreNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "A817251234567");
      bare(f, "C2", "upn", "A006251234567");
      bare(f, "C3", "upn", "A909251234567");
      bare(f, "C4", "upn", "A942251234567");
      bare(f, "C5", "upn", "A004251234567");
      bare(f, "C6", "upn", "A820251234567");
      bare(f, "C7", "upn", "A944251234567");
      bare(f, "C8", "upn", "A886251234567");
      bare(f, "C9", "upn", "A8");
      assertThat(f.flagged("1530"))
          .containsExactly(
              "C1 ChildIdentifiers row 1",
              "C2 ChildIdentifiers row 2",
              "C7 ChildIdentifiers row 7",
              "C9 ChildIdentifiers row 9");
    }

    @Test
    void aLetterAmongCharactersFiveToTwelveIsFlaggedAndOneAtFourOrThirteenIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "Y8862512A4567");
      bare(f, "C2", "upn", "Y88A251234567");
      bare(f, "C3", "upn", "Z88625123456A");
      bare(f, "C4", "upn", "Y8862Z1234567");
      bare(f, "C5", "upn", "Y88625123456Z");
      assertThat(f.flagged("1540"))
          .containsExactly("C1 ChildIdentifiers row 1", "C4 ChildIdentifiers row 4");
    }

    @Test
    void aThirteenthCharacterIOrSOrLowerCaseOrMissingIsFlaggedAndADigitOrOtherLetterIsNot()
        throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "upn", "Z88625123456I");
      bare(f, "C2", "upn", "Z88625123456O");
      bare(f, "C3", "upn", "Z88625123456S");
      bare(f, "C4", "upn", "Z88625123456a");
      bare(f, "C5", "upn", "Z88625123456");
      bare(f, "C6", "upn", "Z88625123456AA");
      bare(f, "C7", "upn", "Z88625123456A");
      bare(f, "C8", "upn", "Y886251234567");
      bare(f, "C9", "upn", "Z88625123456Z");
      assertThat(f.flagged("1550"))
          .containsExactly(
              "C1 ChildIdentifiers row 1",
              "C2 ChildIdentifiers row 2",
              "C3 ChildIdentifiers row 3",
              "C4 ChildIdentifiers row 4",
              "C5 ChildIdentifiers row 5",
              "C6 ChildIdentifiers row 6");
    }

    @Test
    void aFormerUpnNotInTheFormOfAUpnIsQueriedAndPermanentAndTemporaryOnesAreNot()
        throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "former_upn", "I886251234567");
      bare(f, "C2", "former_upn", "Y8862512345");
      bare(f, "C3", "former_upn", "Y88625123456S");
      bare(f, "C4", "former_upn", "Y886251234X67");
      bare(f, "C5", "former_upn", "Y886251234567");
      bare(f, "C6", "former_upn", "Z88625123456A");
      bare(f, "C7");
      bare(f, "C8", "former_upn", "y886251234567");
      assertThat(f.flagged("1560Q"))
          .containsExactly(
              "C1 ChildIdentifiers row 1",
              "C2 ChildIdentifiers row 2",
              "C3 ChildIdentifiers row 3",
              "C4 ChildIdentifiers row 4",
              "C8 ChildIdentifiers row 8");
      assertThat(f.findings().get(0).severity()).isEqualTo(Severity.QUERY);
    }

    @Test
    void aChildOfSchoolAgeWithoutAUpnOrWithReasonUn1IsQueriedAndOneBornOnTheBoundaryIsNot()
        throws Exception {
      // 2025-26: the ReferenceDate is 31 March 2026, less 6 years 31 March 2020.
      ReturnFixture f = cin();
      child(f, "C1", "birth_date", "2020-03-30");
      child(f, "C2", "birth_date", "2020-03-31");
      child(f, "C3", "upn_unknown", "UN1");
      child(f, "C4", "upn_unknown", "UN2");
      child(f, "C5", "upn", "Y886251234567");
      child(f, "C6", "upn_unknown", "UN7");
      child(f, "C7", "upn_unknown", "XX9");
      assertThat(f.flagged("8770Q"))
          .containsExactly(
              "C1 ChildIdentifiers row 1",
              "C3 ChildIdentifiers row 3",
              "C7 ChildIdentifiers row 7");
      assertThat(f.findings().get(1).values()).containsExactly("UN1", "UN1");
    }

    @Test
    void aChildWhoseReferralsAllEndedInNoFurtherActionIsNotQueriedForItsUpn() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1");
      f.add(CIN_EPISODE, "child_id", "C1", "referral_date", "2025-05-01", "referral_nfa", true);
      bare(f, "C2");
      f.add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-01", "referral_nfa", true)
          .add(CIN_EPISODE, "child_id", "C2", "episode_no", 2, "referral_nfa", false);
      assertThat(f.flagged("8770Q")).containsExactly("C2 ChildIdentifiers row 2");
    }

    @Test
    void reasonUn7WithAReferralGoingOnToFurtherActionIsFlaggedOnceAndWithOnlyNfaReferralsIsNot()
        throws Exception {
      ReturnFixture f = cin();
      child(f, "C1", "upn_unknown", "UN7");
      f.add(CIN_EPISODE, "child_id", "C1", "episode_no", 2, "referral_nfa", false);
      bare(f, "C2", "upn_unknown", "UN7");
      f.add(CIN_EPISODE, "child_id", "C2", "referral_date", "2025-05-01", "referral_nfa", true);
      child(f, "C3", "upn_unknown", "UN6");
      assertThat(f.flagged("8772")).containsExactly("C1 ChildIdentifiers row 1");
      assertThat(f.findings().get(0).values()).containsExactly("UN7", "false");
    }
  }

  @Nested
  class DatesOfBirthAndDeath {
    @Test
    void aBirthTheDayAfterTheReferenceDateIsFlaggedAndOneOnItIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", "2026-04-01");
      bare(f, "C2", "birth_date", "2026-03-31");
      bare(f, "C3", "birth_date", null, "expected_birth_date", "2026-05-01");
      assertThat(f.flagged("8520")).containsExactly("C1 ChildIdentifiers row 1");
      assertThat(f.findings().get(0).values()).containsExactly("2026-04-01", "2026-03-31");
    }

    @Test
    void bothDatesOfBirthOrNeitherIsQueriedAndOneOfThemIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", "2015-06-01", "expected_birth_date", "2015-06-01");
      bare(f, "C2", "birth_date", null);
      bare(f, "C3", "birth_date", "2015-06-01");
      bare(f, "C4", "birth_date", null, "expected_birth_date", "2026-05-01");
      assertThat(f.flagged("8525Q"))
          .containsExactly("C1 ChildIdentifiers row 1", "C2 ChildIdentifiers row 2");
    }

    @Test
    void aBirthDateInAFormThatIsNotADateCountsAsGiven() throws Exception {
      ReturnFixture f = cin();
      bare(
          f,
          "C1",
          "birth_date",
          null,
          "expected_birth_date",
          "2026-05-01",
          "unreadable",
          "PersonBirthDate");
      bare(f, "C2", "birth_date", null, "unreadable", "PersonBirthDate");
      bare(f, "C3", "birth_date", null, "unreadable", "PersonDeathDate");
      assertThat(f.flagged("8525Q"))
          .containsExactly("C1 ChildIdentifiers row 1", "C3 ChildIdentifiers row 3");
    }

    @Test
    void anExpectedBirthOutsideMarchToDecemberIsQueriedAndTheFirstAndLastDaysAreNot()
        throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", null, "expected_birth_date", "2026-02-28");
      bare(f, "C2", "birth_date", null, "expected_birth_date", "2026-03-01");
      bare(f, "C3", "birth_date", null, "expected_birth_date", "2026-12-31");
      bare(f, "C4", "birth_date", null, "expected_birth_date", "2027-01-01");
      bare(f, "C5");
      assertThat(f.flagged("8530Q"))
          .containsExactly("C1 ChildIdentifiers row 1", "C4 ChildIdentifiers row 4");
    }

    @Test
    void theExpectedBirthRangeFollowsTheCensusYear() throws Exception {
      ReturnFixture f = ReturnFixture.cin("2024-25");
      bare(f, "C1", "birth_date", null, "expected_birth_date", "2025-03-01");
      bare(f, "C2", "birth_date", null, "expected_birth_date", "2026-03-01");
      assertThat(f.flagged("8530Q")).containsExactly("C2 ChildIdentifiers row 2");
    }

    @Test
    void aDeathTheDayBeforeTheBirthIsQueriedAndOneOnTheSameDayIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", "2025-06-01", "death_date", "2025-05-31");
      bare(f, "C2", "birth_date", "2025-06-01", "death_date", "2025-06-01");
      bare(f, "C3", "birth_date", "2025-06-01");
      assertThat(f.flagged("8535Q")).containsExactly("C1 ChildIdentifiers row 1");
      assertThat(f.findings().get(0).values()).containsExactly("2025-05-31", "2025-06-01");
    }

    @Test
    void aDeathOutsideTheCensusYearIsQueriedAndOnItsFirstAndLastDaysIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "death_date", "2025-03-31");
      bare(f, "C2", "death_date", "2025-04-01");
      bare(f, "C3", "death_date", "2026-03-31");
      bare(f, "C4", "death_date", "2026-04-01");
      bare(f, "C5");
      assertThat(f.flagged("8545Q"))
          .containsExactly("C1 ChildIdentifiers row 1", "C4 ChildIdentifiers row 4");
    }

    @Test
    void aCinPlanStartingTheDayAfterDeathIsFlaggedAndOneStartingThatDayIsNot() throws Exception {
      ReturnFixture f = cin();
      child(f, "C1", "death_date", "2025-10-01");
      f.add(CIN_PLAN, "child_id", "C1", "start_date", "2025-10-02");
      child(f, "C2", "death_date", "2025-10-01");
      f.add(CIN_PLAN, "child_id", "C2", "start_date", "2025-10-01");
      child(f, "C3");
      f.add(CIN_PLAN, "child_id", "C3", "start_date", "2025-10-02");
      assertThat(f.flagged("4008")).containsExactly("C1 ChildIdentifiers row 1");
      assertThat(f.findings().get(0).values()).containsExactly("2025-10-01", "2025-10-02");
    }

    @Test
    void aCinPlanEndingTheDayAfterDeathIsQueriedAndOneEndingThatDayOrOpenIsNot() throws Exception {
      ReturnFixture f = cin();
      child(f, "C1", "death_date", "2025-10-01");
      f.add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-01", "end_date", "2025-10-01")
          .add(CIN_PLAN, "child_id", "C1", "start_date", "2025-06-01", "end_date", "2025-10-02");
      child(f, "C2", "death_date", "2025-10-01");
      f.add(CIN_PLAN, "child_id", "C2", "start_date", "2025-06-01");
      assertThat(f.flagged("4009Q")).containsExactly("C1 ChildIdentifiers row 1");
      assertThat(f.findings().get(0).values()).containsExactly("2025-10-01", "2025-10-02");
    }

    @Test
    void aChildBornTheDayBefore25YearsBeforeTheReferenceDateIsQueriedAndOneBornThatDayIsNot()
        throws Exception {
      // 2025-26: 31 March 2026 less 25 years is 31 March 2001.
      ReturnFixture f = cin();
      child(f, "C1", "birth_date", "2001-03-30");
      child(f, "C2", "birth_date", "2001-03-31");
      assertThat(f.flagged("8775Q")).containsExactly("C1 ChildIdentifiers row 1");
    }

    @Test
    void anEpisodeClosedOnThe25thBirthdayIsNotQueriedAndOneClosedTheDayAfterIs() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", "2000-06-01");
      f.add(
          CIN_EPISODE,
          "child_id",
          "C1",
          "referral_date",
          "2025-04-10",
          "closure_date",
          "2025-06-01");
      bare(f, "C2", "birth_date", "2000-06-01");
      f.add(
          CIN_EPISODE,
          "child_id",
          "C2",
          "referral_date",
          "2025-04-10",
          "closure_date",
          "2025-06-02");
      bare(f, "C3", "birth_date", "1990-01-01");
      assertThat(f.flagged("8775Q"))
          .containsExactly("C2 ChildIdentifiers row 2", "C3 ChildIdentifiers row 3");
      assertThat(f.findings().get(0).values()).containsExactly("2000-06-01", "2025-06-02");
    }
  }

  @Nested
  class SexAndEthnicity {
    @Test
    void aMissingOrOtherSexIsFlaggedAndMFAndUAreNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "sex", null);
      bare(f, "C2", "sex", "X");
      bare(f, "C3", "sex", "U");
      bare(f, "C4", "sex", "F");
      bare(f, "C5", "sex", "M");
      bare(f, "C6", "sex", "1");
      assertThat(f.flagged("4180"))
          .containsExactly(
              "C1 ChildIdentifiers row 1",
              "C2 ChildIdentifiers row 2",
              "C6 ChildIdentifiers row 6");
    }

    @Test
    void anUnbornChildOfSexOtherThanUIsFlaggedAndABornOneIsNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "birth_date", null, "expected_birth_date", "2026-05-01", "sex", "M");
      bare(f, "C2", "birth_date", null, "expected_birth_date", "2026-05-01", "sex", "U");
      bare(f, "C3", "expected_birth_date", "2015-06-01", "sex", "M");
      bare(f, "C4", "birth_date", null, "expected_birth_date", "2026-05-01", "sex", null);
      bare(
          f,
          "C5",
          "birth_date",
          null,
          "expected_birth_date",
          "2026-05-01",
          "sex",
          "F",
          "unreadable",
          "PersonBirthDate");
      bare(f, "C6", "birth_date", null, "sex", "F");
      assertThat(f.flagged("8750"))
          .containsExactly("C1 ChildIdentifiers row 1", "C4 ChildIdentifiers row 4");
      assertThat(f.findings().get(0).values()).containsExactly("M", null, "2026-05-01");
    }

    @Test
    void moreThanTwoPercentOfChildrenWithNoSexIsQueriedForTheReturnAndTwoPercentIsNot()
        throws Exception {
      ReturnFixture over = cin();
      ReturnFixture two = cin();
      for (int i = 1; i <= 48; i++) {
        bare(over, "C" + i);
        bare(two, "C" + i);
      }
      bare(two, "C49");
      bare(over, "U1", "sex", "U");
      bare(two, "U1", "sex", null);
      // 1 of 49 is above 2%; 1 of 50 is 2%.
      assertThat(over.flagged("2886Q")).containsExactly("- ChildIdentifiers");
      assertThat(over.findings().get(0).values()).containsExactly(null, "1 of 49");
      assertThat(over.findings().get(0).severity()).isEqualTo(Severity.QUERY);
      assertThat(two.flagged("2886Q")).isEmpty();
    }

    @Test
    void unbornChildrenWithoutSexAreNotCountedButAreChildRecords() throws Exception {
      ReturnFixture f = cin();
      for (int i = 1; i <= 47; i++) {
        bare(f, "C" + i);
      }
      bare(f, "U1", "sex", "U");
      bare(f, "U2", "sex", "U", "birth_date", null, "expected_birth_date", "2026-05-01");
      bare(f, "U3", "sex", null, "birth_date", null, "expected_birth_date", "2026-06-01");
      // 1 of 50.
      assertThat(f.flagged("2886Q")).isEmpty();
      assertThat(cin().flagged("2886Q")).isEmpty();
    }

    @Test
    void aMissingOrUnlistedEthnicityIsFlaggedAndListedCodesAreNot() throws Exception {
      ReturnFixture f = cin();
      bare(f, "C1", "ethnicity", null);
      bare(f, "C2", "ethnicity", "WBRI");
      bare(f, "C3", "ethnicity", "XXXX");
      bare(f, "C4", "ethnicity", "wbri");
      bare(f, "C5", "ethnicity", "NOBT");
      bare(f, "C6", "ethnicity", "WROM");
      assertThat(f.flagged("4220"))
          .containsExactly(
              "C1 ChildCharacteristics row 1",
              "C3 ChildCharacteristics row 3",
              "C4 ChildCharacteristics row 4");
    }
  }

  // ------------------------------------------------------------------ read from a file

  static Stream<String> engines() {
    return Stores.engines();
  }

  private static final String FILE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
            <ReferenceDate>2025-03-30</ReferenceDate></CollectionDetails>
          <Source><SourceLevel>L</SourceLevel><LEA>886</LEA></Source>
        </Header>
        <Children>
          <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>X886251234567</UPN>
              <PersonBirthDate>2014-13-01</PersonBirthDate>
              <ExpectedPersonBirthDate>2014-06-01</ExpectedPersonBirthDate><Sex>M</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>WBRI</Ethnicity>
              <Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
            <CINdetails><CINreferralDate>2024-05-01</CINreferralDate>
              <ReferralNFA>false</ReferralNFA></CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers><LAchildID></LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate>
              <Sex>F</Sex></ChildIdentifiers>
            <CINdetails><CINreferralDate>2024-05-01</CINreferralDate></CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers><LAchildID>C-3</LAchildID><UPN>Y886251234567</UPN>
              <PersonBirthDate>2015-01-01</PersonBirthDate><PersonDeathDate>2024-03-31</PersonDeathDate>
              <Sex>X</Sex></ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>ZZZZ</Ethnicity>
              <Disabilities><Disability>MOB</Disability><Disability>MOB</Disability>
              <Disability>NONE</Disability></Disabilities></ChildCharacteristics>
            <CINdetails><CINreferralDate>2024-05-01</CINreferralDate>
              <ReferralNFA>false</ReferralNFA>
              <CINPlanDates><CINPlanStartDate>2024-06-01</CINPlanStartDate>
                <CINPlanEndDate>2024-07-01</CINPlanEndDate></CINPlanDates></CINdetails>
          </Child>
        </Children>
      </Message>
      """;

  private static final Set<String> CODES =
      Set.of(
          "100", "1510", "1520", "1530", "1540", "1550", "1560Q", "1570", "1580", "2886Q", "2887Q",
          "2888Q", "4008", "4009Q", "4180", "4220", "8500", "8510", "8520", "8525Q", "8530Q",
          "8535Q", "8540", "8545Q", "8590", "8750", "8770Q", "8772", "8775Q", "8790", "8794");

  /**
   * The reader and the rules together, on both engines: a ReferenceDate of 30 March, a child
   * without LAchildID and a date of birth that is not a date reach the rules as the reader keeps
   * them, and every rule of this family runs on PostgreSQL as on DuckDB.
   */
  @ParameterizedTest
  @MethodSource("engines")
  void aFileReadByTheCinReaderIsCheckedByTheseRulesOnEitherEngine(String engine, @TempDir Path dir)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Path file = Files.writeString(folder.resolve("cin.xml"), FILE, StandardCharsets.UTF_8);
    try (Store store = Stores.fresh(engine, dir)) {
      ImportReport report =
          new Importer(store, Readers::forFormat, Clock.systemUTC())
              .importPaths(List.of(file), ReadContext.none());
      long batch = report.batches().get(0).batchId();
      List<Rule> rules = new ArrayList<>();
      for (Rule r :
          RuleSet.forYear(ReturnKind.CIN_CENSUS, CollectionYear.parse("2024-25"))
              .orElseThrow()
              .rules()) {
        if (CODES.contains(r.code())) {
          rules.add(r);
        }
      }
      assertThat(rules).hasSize(CODES.size());
      Validation v = Validator.validate(store.connection(), batch, rules);
      assertThat(v.skipped()).isEmpty();
      assertThat(
              v.findings().stream()
                  .map(
                      f ->
                          f.rule()
                              + " "
                              + (f.childId() == null ? "-" : f.childId())
                              + " "
                              + f.location())
                  .toList())
          .containsExactly(
              "100 - Header",
              "1510 C1 ChildIdentifiers row 1",
              "1580 C-3 ChildIdentifiers row 2",
              "2887Q - Disabilities",
              "2888Q - Disabilities",
              "4008 C-3 ChildIdentifiers row 2",
              "4009Q C-3 ChildIdentifiers row 2",
              "4180 C-3 ChildIdentifiers row 2",
              "4220 C-3 ChildCharacteristics row 2",
              "8500 - ChildIdentifiers",
              "8525Q C1 ChildIdentifiers row 1",
              "8530Q C1 ChildIdentifiers row 1",
              "8545Q C-3 ChildIdentifiers row 2",
              "8790 C-3 Disabilities row 4",
              "8794 C-3 Disabilities row 3");
      assertThat(v.findings().get(0).values()).containsExactly("2025-03-30");
      assertThat(v.findings().get(1).values()).containsExactly("X886251234567");
    }
  }
}
