package org.caseflow.ingest.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseflow.ingest.ssda903.Fixtures.fixture;
import static org.caseflow.ingest.ssda903.Fixtures.of;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ssda903CsvReaderTest {
  private final Ssda903CsvReader reader = new Ssda903CsvReader();
  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  @TempDir Path tmp;

  private ReadResult read(String name, Integer year) throws Exception {
    return read(fixture(name), year);
  }

  private ReadResult read(Path file, Integer year) throws Exception {
    ReadContext context = new ReadContext("123", year == null ? null : new CollectionYear(year));
    return reader.read(file, context, sink, findings);
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void aHeaderWithSexOneAndTwoGivesChildrenWithSexMAndF() throws Exception {
    ReadResult result = read("header_2024.csv", 2024);

    assertThat(sink.rows(Table.CHILD))
        .containsExactly(
            row(
                "source",
                "SSDA903",
                "child_id",
                "101",
                "upn",
                "A123456789012",
                "former_upn",
                null,
                "upn_unknown",
                null,
                "birth_date",
                LocalDate.of(2010, 3, 5),
                "expected_birth_date",
                null,
                "sex",
                "M",
                "death_date",
                null,
                "ethnicity",
                "WBRI",
                "is_mother",
                false,
                "mother_child_birth_date",
                null,
                "is_uasc",
                null,
                "sex_given",
                "1"),
            row(
                "source",
                "SSDA903",
                "child_id",
                "102",
                "upn",
                null,
                "former_upn",
                null,
                "upn_unknown",
                null,
                "birth_date",
                LocalDate.of(2008, 11, 17),
                "expected_birth_date",
                null,
                "sex",
                "F",
                "death_date",
                null,
                "ethnicity",
                "BAFR",
                "is_mother",
                true,
                "mother_child_birth_date",
                LocalDate.of(2024, 2, 2),
                "is_uasc",
                null,
                "sex_given",
                "2"));
    assertThat(result.format()).isEqualTo(Format.SSDA903_CSV);
    assertThat(result.la()).isEqualTo("123");
    assertThat(result.year()).isEqualTo(new CollectionYear(2024));
    assertThat(result.tables()).containsExactly(Table.CHILD);
    assertThat(result.rows()).isEqualTo(Map.of(Table.CHILD, 2));
    assertThat(result.latestDate()).as("dates of birth are not events").isNull();
    assertThat(findings.total()).isZero();
  }

  @Test
  void aHeaderWithBomLowerCaseReorderedColumnsAndSexMfuIsRead() throws Exception {
    ReadResult result =
        reader.read(fixture("header_2025_bom.csv"), ReadContext.none(), sink, findings);

    List<Map<String, Object>> rows = sink.rows(Table.CHILD);
    assertThat(rows).extracting(r -> r.get("child_id")).containsExactly("301", "302");
    assertThat(rows).extracting(r -> r.get("sex")).containsExactly("M", "U");
    assertThat(rows).extracting(r -> r.get("ethnicity")).containsExactly("WBRI", "AIND");
    assertThat(rows)
        .extracting(r -> r.get("birth_date"))
        .containsExactly(LocalDate.of(2011, 1, 1), LocalDate.of(2012, 2, 2));
    assertThat(rows).extracting(r -> r.get("is_mother")).containsExactly(null, false);
    assertThat(result.la()).isNull();
    assertThat(result.year()).isNull();
    assertThat(of(findings, FindingType.IGNORED_FIELD)).containsExactly("line 1 Notes null");
    assertThat(findings.total()).isEqualTo(1);
  }

  @Test
  void anUnknownHeadingThatLooksLikeDataIsNamedByItsPosition() throws Exception {
    // A child's row pasted after the headings: "C0012345" and "01/01/2011" are not headings.
    Path f = tmp.resolve("header.csv");
    java.nio.file.Files.writeString(
        f, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,C0012345,01/01/2011,Notes\n");
    read(f, 2025);
    assertThat(of(findings, FindingType.IGNORED_FIELD))
        .containsExactly("line 1 column 8 null", "line 1 column 9 null", "line 1 Notes null");
  }

  @Test
  void sexOneOrTwoInTheYear2024To25IsAnUnknownCodeButStillNormalised() throws Exception {
    read("header_2024.csv", 2025);

    assertThat(sink.rows(Table.CHILD)).extracting(r -> r.get("sex")).containsExactly("M", "F");
    assertThat(sink.rows(Table.CHILD))
        .as("kept as given for the DfE's rule 101")
        .extracting(r -> r.get("sex_given"))
        .containsExactly("1", "2");
    assertThat(of(findings, FindingType.UNKNOWN_CODE))
        .containsExactly("line 2 SEX 1", "line 3 SEX 2");
  }

  @Test
  void episodesAreReadWithFindingsForEndBeforeStartAndAPlacementCodeOfALaterYear()
      throws Exception {
    ReadResult result =
        reader.read(fixture("episodes_2024.csv"), ReadContext.none(), sink, findings);

    assertThat(sink.rows(Table.CLA_EPISODE).get(0))
        .isEqualTo(
            row(
                "child_id", "101",
                "start_date", LocalDate.of(2023, 4, 1),
                "reason_new_episode", "S",
                "legal_status", "C2",
                "category_of_need", "N1",
                "placement_type", "U4",
                "placement_provider", "PR1",
                "end_date", LocalDate.of(2023, 6, 15),
                "reason_ceased", "X1",
                "reason_place_change", "CARPL",
                "home_postcode", "AB1 2CD",
                "placement_postcode", "AB3 4EF",
                "urn", "SC123456",
                // worked out by the importer, not the reader
                "placement_la", null,
                "placement_location", null,
                "placement_distance", null));
    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("placement_type"), r -> r.get("end_date"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("U4", LocalDate.of(2023, 6, 15)),
            org.assertj.core.groups.Tuple.tuple("H5", null),
            org.assertj.core.groups.Tuple.tuple("K3", LocalDate.of(2023, 10, 9)));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2023, 10, 10));
    assertThat(result.year()).isNull();
    assertThat(result.rows()).isEqualTo(Map.of(Table.CLA_EPISODE, 3));
    assertThat(of(findings, FindingType.END_BEFORE_START)).containsExactly("line 4 DEC 2023-10-09");
    assertThat(of(findings, FindingType.UNKNOWN_CODE)).containsExactly("line 4 PLACE K3");
    assertThat(findings.kept())
        .filteredOn(f -> f.type() == FindingType.UNKNOWN_CODE)
        .extracting(Finding::detail)
        .singleElement()
        .asString()
        .contains("valid in 2023-24")
        .contains("inferred");
  }

  @ParameterizedTest(name = "{0}: unknown {1}")
  @CsvSource(
      delimiter = ';',
      value = {"2024; K3 Z11 Z14", "2025; Z11 Z14", "2026; H5 P2 Z1", "2027; H5 P2 Z1"})
  void placementCodesAreCheckedAgainstTheListOfTheYear(int year, String unknown) throws Exception {
    read("episodes_places.csv", year);

    assertThat(sink.count(Table.CLA_EPISODE)).isEqualTo(7);
    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("placement_type"))
        .containsExactly("H5", "P2", "K3", "Z1", "Z11", "Z14", "U1");
    assertThat(findings.kept())
        .filteredOn(f -> f.type() == FindingType.UNKNOWN_CODE)
        .extracting(Finding::value)
        .containsExactly(unknown.split(" "));
  }

  @Test
  void shortAndIsoDatesAreReadWithANormalisedValueFinding() throws Exception {
    read("episodes_mixed_dates.csv", 2025);

    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("start_date"), r -> r.get("end_date"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 30), null));
    assertThat(of(findings, FindingType.NORMALISED_VALUE))
        .containsExactly("line 2 DECOM 1/5/2024", "line 2 DEC 2024-06-30");
  }

  @Test
  void anImpossibleDateIsKeptEmptyAndNamedUnreadableSoTheDfeRuleReportsIt() throws Exception {
    read("episodes_bad_date.csv", 2025);

    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("start_date"))
        .containsExactly(LocalDate.of(2024, 5, 1), null);
    assertThat(sink.unreadable(Table.CLA_EPISODE)).containsExactly(Set.of(), Set.of("DECOM"));
    assertThat(of(findings, FindingType.UNREADABLE_VALUE))
        .containsExactly("line 3 DECOM 31/02/2024");
    assertThat(of(findings, FindingType.MISSING_REQUIRED_FIELD))
        .as("the date was given, only not readable")
        .isEmpty();
  }

  @Test
  void aBadDateOfBirthIsKeptEmptyAndReportedWithoutItsValue() throws Exception {
    Path file = tmp.resolve("h.csv");
    Files.writeString(file, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n9,1,2010/31/12,WBRI,,,\n");

    read(file, null);

    assertThat(sink.rows(Table.CHILD)).extracting(r -> r.get("birth_date")).containsOnlyNulls();
    assertThat(sink.unreadable(Table.CHILD)).containsExactly(Set.of("DOB"));
    assertThat(findings.kept()).singleElement().extracting(Finding::value).isNull();
    assertThat(findings.kept().get(0).describe()).doesNotContain("2010");
  }

  @Test
  void unreadableFlagsNumbersAndSexesAreKeptEmptyAndNamedWhileZeroAndBlankStayApart()
      throws Exception {
    Path header = tmp.resolve("h.csv");
    Files.writeString(
        header,
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "1,X,01/01/2010,WBRI,,2,\n"
            + "2,F,01/01/2010,WBRI,,0,\n"
            + "3,F,01/01/2010,WBRI,,,\n");
    read(header, 2025);
    Path oc2 = tmp.resolve("oc2.csv");
    Files.writeString(
        oc2,
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
            + "1,01/01/2010,ten,,0,1,1,1,1,0,,\n");
    read(oc2, 2025);

    assertThat(sink.rows(Table.CHILD))
        .extracting(r -> r.get("sex"), r -> r.get("sex_given"), r -> r.get("is_mother"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, "X", null),
            org.assertj.core.groups.Tuple.tuple("F", "F", false),
            org.assertj.core.groups.Tuple.tuple("F", "F", null));
    assertThat(sink.unreadable(Table.CHILD))
        .containsExactly(Set.of("SEX", "MOTHER"), Set.of(), Set.of());
    assertThat(sink.rows(Table.HEALTH_OUTCOME))
        .extracting(r -> r.get("sdq_score"))
        .containsOnlyNulls();
    assertThat(sink.unreadable(Table.HEALTH_OUTCOME)).containsExactly(Set.of("SDQ_SCORE"));
  }

  @Test
  void aHeaderMayCarryTheUascFlagAsAnExtraColumn() throws Exception {
    Path file = tmp.resolve("h.csv");
    Files.writeString(
        file,
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC\n"
            + "1,M,01/01/2010,WBRI,,,,1\n"
            + "2,M,01/01/2010,WBRI,,,,0\n"
            + "3,M,01/01/2010,WBRI,,,,\n");

    read(file, 2025);

    assertThat(sink.rows(Table.CHILD))
        .extracting(r -> r.get("is_uasc"))
        .containsExactly(true, false, null);
    assertThat(findings.kept()).isEmpty();
  }

  @Test
  void missingColumnsStopTheImportNamingThemAndTheExpectedColumns() {
    assertThatThrownBy(() -> read("episodes_missing_columns.csv", null))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "episodes_missing_columns.csv: line 1, DEC, REC, REASON_PLACE_CHANGE: columns DEC,"
                + " REC, REASON_PLACE_CHANGE are missing from the SSDA903 Episodes table;"
                + " expected the columns CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC,"
                + " REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN (in any order)");
  }

  @Test
  void anEmptyFileStopsTheImport() {
    assertThatThrownBy(() -> read("empty.csv", null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("empty.csv: line 1: the file is empty; expected a header line");
  }

  @Test
  void columnsOfNoTableStopTheImport() throws IOException {
    Path file = tmp.resolve("odd.csv");
    Files.writeString(file, "CHILD,DOB,COLOUR\n1,01/01/2010,red\n");

    assertThatThrownBy(() -> read(file, null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "odd.csv: line 1: the columns do not match any SSDA903 table; expected the columns"
                + " of one of: Header (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB);");
  }

  @Test
  void uascIsToldFromHeaderByItsColumnsAndADuplicateChildIsReportedWithoutItsId() throws Exception {
    ReadResult result = read("uasc.csv", 2025);

    assertThat(result.tables()).containsExactly(Table.UASC);
    assertThat(sink.rows(Table.UASC))
        .containsExactly(
            row("child_id", "401", "uasc_ceased_date", LocalDate.of(2025, 1, 1)),
            row("child_id", "402", "uasc_ceased_date", null));
    assertThat(of(findings, FindingType.DUPLICATE_CHILD)).containsExactly("line 4 CHILD null");
    assertThat(findings.kept().get(0).describe()).doesNotContain("401").contains("line 2");
  }

  @Test
  void reviewsAreReadAndAnUnknownParticipationCodeIsKeptAsGiven() throws Exception {
    ReadResult result = read("reviews.csv", 2024);

    assertThat(sink.rows(Table.CLA_REVIEW))
        .containsExactly(
            row(
                "child_id",
                "101",
                "review_date",
                LocalDate.of(2023, 9, 12),
                "participation",
                "PN1"),
            row(
                "child_id",
                "101",
                "review_date",
                LocalDate.of(2024, 3, 1),
                "participation",
                "PN9"));
    assertThat(of(findings, FindingType.UNKNOWN_CODE)).containsExactly("line 3 REVIEW_CODE PN9");
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void oc2FlagsBecomeBooleansAndScoresIntegers() throws Exception {
    read("oc2.csv", 2024);

    assertThat(sink.rows(Table.HEALTH_OUTCOME))
        .containsExactly(
            row(
                "child_id", "101",
                "sdq_score", 14,
                "sdq_reason", null,
                "convicted", false,
                "health_check", true,
                "immunisations", true,
                "teeth_check", true,
                "health_assessment", true,
                "substance_misuse", false,
                "intervention_received", null,
                "intervention_offered", null),
            row(
                "child_id", "102",
                "sdq_score", null,
                "sdq_reason", "SDQ4",
                "convicted", true,
                "health_check", false,
                "immunisations", false,
                "teeth_check", false,
                "health_assessment", true,
                "substance_misuse", true,
                "intervention_received", true,
                "intervention_offered", false));
    assertThat(findings.total()).isZero();
  }

  @Test
  void oc3ActivityCodesFollowTheYear() throws Exception {
    read("oc3.csv", 2025);

    assertThat(sink.rows(Table.CARE_LEAVER))
        .containsExactly(
            row("child_id", "501", "in_touch", "YES", "activity", "F4", "accommodation", "U1"),
            row("child_id", "502", "in_touch", "NO", "activity", "F3", "accommodation", "B1"));
    assertThat(of(findings, FindingType.UNKNOWN_CODE)).containsExactly("line 3 ACTIV F3");
  }

  @Test
  void ad1IsReadIntoAdoption() throws Exception {
    ReadResult result = read("ad1.csv", 2024);

    assertThat(sink.rows(Table.ADOPTION))
        .containsExactly(
            row(
                "child_id",
                "601",
                "decision_date",
                LocalDate.of(2023, 2, 1),
                "match_date",
                LocalDate.of(2023, 8, 15),
                "by_foster_carer",
                true,
                "number_of_adopters",
                2,
                "adopter_sex",
                "MF",
                "adopter_legal_status",
                "L11"));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2023, 8, 15));
    assertThat(findings.total()).isZero();
  }

  @Test
  void placedForAdoptionIsReadAndAReversalBeforeTheDecisionIsReported() throws Exception {
    read("placed_adoption.csv", 2024);

    assertThat(sink.rows(Table.PLACED_FOR_ADOPTION))
        .containsExactly(
            row(
                "child_id",
                "601",
                "decision_date",
                LocalDate.of(2023, 2, 1),
                "decision_ceased_date",
                null,
                "reason_ceased",
                null),
            row(
                "child_id",
                "602",
                "decision_date",
                LocalDate.of(2023, 3, 1),
                "decision_ceased_date",
                LocalDate.of(2023, 1, 1),
                "reason_ceased",
                "RD1"));
    assertThat(of(findings, FindingType.END_BEFORE_START))
        .containsExactly("line 3 DATE_PLACED_CEASED 2023-01-01");
  }

  @Test
  void previousPermanenceKeepsAPartialDateAsText() throws Exception {
    read("prev_perm.csv", 2024);

    assertThat(sink.rows(Table.PREVIOUS_PERMANENCE))
        .containsExactly(
            row(
                "child_id", "701",
                "previous_permanence", "P2",
                "permanence_la", null,
                "permanence_date", "zz/zz/2019"),
            row(
                "child_id",
                "702",
                "previous_permanence",
                "Z1",
                "permanence_la",
                null,
                "permanence_date",
                null));
    assertThat(findings.total()).isZero();
  }

  @Test
  void missingEpisodesAreRead() throws Exception {
    ReadResult result = read("missing.csv", 2024);

    assertThat(sink.rows(Table.MISSING_EPISODE))
        .containsExactly(
            row(
                "child_id",
                "101",
                "missing_type",
                "M",
                "start_date",
                LocalDate.of(2023, 11, 3),
                "end_date",
                LocalDate.of(2023, 11, 4)),
            row(
                "child_id",
                "101",
                "missing_type",
                "A",
                "start_date",
                LocalDate.of(2024, 1, 20),
                "end_date",
                null));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2024, 1, 20));
    assertThat(findings.total()).isZero();
  }

  @Test
  void socialWorkerEpisodesAreRead() throws Exception {
    read("sw_episodes.csv", 2024);

    assertThat(sink.rows(Table.SOCIAL_WORKER_EPISODE))
        .containsExactly(
            row(
                "child_id", "101",
                "social_worker_id", "SW42",
                "start_date", LocalDate.of(2023, 4, 1),
                "end_date", LocalDate.of(2023, 9, 30),
                "reason", "LEFTRL"),
            row(
                "child_id",
                "101",
                "social_worker_id",
                "SW43",
                "start_date",
                LocalDate.of(2023, 9, 30),
                "end_date",
                null,
                "reason",
                null));
    assertThat(findings.total()).isZero();
  }

  @Test
  void deprivationOfLibertyOrdersAreRead() throws Exception {
    ReadResult result = read("dolo.csv", null);

    assertThat(sink.rows(Table.DEPRIVATION_OF_LIBERTY))
        .containsExactly(
            row(
                "child_id", "801",
                "start_date", LocalDate.of(2026, 1, 1),
                "end_date", LocalDate.of(2026, 1, 2)));
    assertThat(result.tables()).isEqualTo(Set.of(Table.DEPRIVATION_OF_LIBERTY));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void aRowWithoutAChildIdIsNotReadAndRowsOfEmptyFieldsAreSkipped() throws Exception {
    Path file = tmp.resolve("r.csv");
    Files.writeString(
        file, "CHILD,DOB,REVIEW,REVIEW_CODE\n,01/01/2010,01/01/2024,PN1\n,,,\n7,,02/01/2024,PN2\n");

    read(file, 2024);

    assertThat(sink.rows(Table.CLA_REVIEW)).extracting(r -> r.get("child_id")).containsExactly("7");
    assertThat(of(findings, FindingType.MISSING_REQUIRED_FIELD))
        .containsExactly("line 2 CHILD null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "header_2024.csv",
        "header_2025_bom.csv",
        "episodes_2024.csv",
        "reviews.csv",
        "uasc.csv",
        "oc2.csv",
        "oc3.csv",
        "ad1.csv",
        "placed_adoption.csv",
        "prev_perm.csv",
        "missing.csv",
        "sw_episodes.csv",
        "dolo.csv"
      })
  void theFormatDetectorClassifiesTheFixturesAsSsda903Csv(String name) throws Exception {
    assertThat(FormatDetector.detect(fixture(name))).isEqualTo(Format.SSDA903_CSV);
  }

  /**
   * A large council's 903 (Header and Episodes) is read row by row to the end. How fast belongs to
   * the bench ({@code caseflow bench}), not to a timed unit test.
   */
  @Test
  void aLargeReturnIsReadToTheLastRow() throws Exception {
    int children = 26_000;
    int episodes = 50_000;
    Path header = tmp.resolve("big_header.csv");
    Path episodesFile = tmp.resolve("big_episodes.csv");
    StringBuilder h = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
    for (int i = 0; i < children; i++) {
      h.append(100000 + i)
          .append(i % 2 == 0 ? ",1," : ",2,")
          .append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 2006 + i % 12))
          .append(",WBRI,A")
          .append(100000000000L + i)
          .append(",0,\r\n");
    }
    String[] places = {"U4", "U1", "K2", "H5", "P1", "R1"};
    StringBuilder e =
        new StringBuilder(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
    for (int i = 0; i < episodes; i++) {
      int day = 1 + i % 28;
      e.append(100000 + i % children)
          .append(',')
          .append(String.format("%02d/%02d/2023", day, 4 + i % 9))
          .append(",P,C2,N1,")
          .append(places[i % places.length])
          .append(",PR1,")
          .append(i % 3 == 0 ? "" : String.format("%02d/%02d/2024", day, 1 + i % 3))
          .append(i % 3 == 0 ? ",," : ",X1,CARPL")
          .append(",AB1 2CD,AB3 4EF,SC")
          .append(100000 + i)
          .append("\r\n");
    }
    Files.writeString(header, h, StandardCharsets.UTF_8);
    Files.writeString(episodesFile, e, StandardCharsets.UTF_8);

    CountingSink counting = new CountingSink();
    reader.read(header, ReadContext.none(), counting, new Findings());
    reader.read(episodesFile, ReadContext.none(), counting, new Findings());
    assertThat(counting.rows).isEqualTo(children + episodes);
  }

  private static final class CountingSink implements org.caseflow.ingest.RowSink {
    int rows;
    final List<Object[]> last = new ArrayList<>(1);

    @Override
    public void row(Table table, Object[] values) {
      rows++;
      if (last.isEmpty()) {
        last.add(Arrays.copyOf(values, values.length));
      }
    }
  }
}
