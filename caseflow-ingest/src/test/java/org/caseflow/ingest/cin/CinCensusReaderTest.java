package org.caseflow.ingest.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.caseflow.ingest.RowSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CinCensusReaderTest {
  private final CollectingSink sink = new CollectingSink();
  private final Recording recording = new Recording(sink);
  private final Findings findings = new Findings();
  @TempDir Path dir;

  /** Passes rows on to the collecting sink and keeps, per table, each row's unreadable fields. */
  private static final class Recording implements RowSink {
    private final CollectingSink rows;
    private final Map<Table, List<Set<String>>> unreadable = new EnumMap<>(Table.class);

    Recording(CollectingSink rows) {
      this.rows = rows;
    }

    @Override
    public void row(Table table, Object[] values) {
      row(table, values, Set.of());
    }

    @Override
    public void row(Table table, Object[] values, Set<String> fields) {
      rows.row(table, values);
      unreadable.computeIfAbsent(table, t -> new ArrayList<>()).add(Set.copyOf(fields));
    }

    /** The unreadable fields of each row of the table, in the order written. */
    List<Set<String>> unreadable(Table table) {
      return unreadable.getOrDefault(table, List.of());
    }
  }

  private static Path fixture(String name) {
    try {
      return Path.of(CinCensusReaderTest.class.getResource("/cin/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private ReadResult read(String name) throws Exception {
    return new CinCensusReader().read(fixture(name), ReadContext.none(), recording, findings);
  }

  private InputException refused(String name) {
    Throwable t = catchRead(name, ReadContext.none());
    assertThat(t).isInstanceOf(InputException.class);
    assertThat(t.getMessage()).doesNotContain("SECRET").doesNotContain("A123456789012");
    return (InputException) t;
  }

  private Throwable catchRead(String name, ReadContext context) {
    try {
      new CinCensusReader().read(fixture(name), context, recording, findings);
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private List<Finding> findingsOf(FindingType type) {
    return findings.kept().stream().filter(f -> f.type() == type).toList();
  }

  // ------------------------------------------------------------------ 2016-17

  @Test
  void aFileCutOffInsideATagIsRefusedAsTruncatedRatherThanFailingInCaseflow() throws Exception {
    String whole = java.nio.file.Files.readString(fixture("cin-2025.xml"));
    String cut = whole.substring(0, whole.indexOf("<CINreferralDate>") + 9);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> readWritten("cut.xml", cut))
        .isInstanceOf(org.caseflow.ingest.InputException.class)
        .hasMessageContaining("(it may be truncated)");
  }

  @Test
  void readsTheHeaderAsCouncilAndCollectionYear() throws Exception {
    ReadResult result = read("cin-2017.xml");

    assertThat(result.format()).isEqualTo(Format.CIN_CENSUS_XML);
    assertThat(result.la()).isEqualTo("201");
    assertThat(result.year()).isEqualTo(new CollectionYear(2017));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2017, 3, 1));
  }

  @Test
  void deliversAllTenTablesWithRowCountsEvenWhenEmpty() throws Exception {
    ReadResult result = read("cin-2017.xml");

    assertThat(result.tables())
        .containsExactlyInAnyOrder(
            Table.CHILD,
            Table.CHILD_DISABILITY,
            Table.CIN_EPISODE,
            Table.ASSESSMENT,
            Table.ASSESSMENT_FACTOR,
            Table.CIN_PLAN,
            Table.SECTION47,
            Table.CP_PLAN,
            Table.CP_REVIEW,
            Table.PRE_PROCEEDINGS);
    assertThat(result.rows())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Table.CHILD, 2,
                Table.CHILD_DISABILITY, 3,
                Table.CIN_EPISODE, 3,
                Table.ASSESSMENT, 3,
                Table.ASSESSMENT_FACTOR, 3,
                Table.CIN_PLAN, 0,
                Table.SECTION47, 1,
                Table.CP_PLAN, 1,
                Table.CP_REVIEW, 2,
                Table.PRE_PROCEEDINGS, 0));
  }

  @Test
  void readsGenderCurrentAsSexBefore2025() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.CHILD))
        .extracting(r -> r.get("source"), r -> r.get("child_id"), r -> r.get("sex"))
        .containsExactly(
            tuple("CIN_CENSUS", "SECRET0001", "M"), tuple("CIN_CENSUS", "SECRET0002", "F"));
    Map<String, Object> first = sink.rows(Table.CHILD).get(0);
    assertThat(first.get("upn")).isEqualTo("A123456789012");
    assertThat(first.get("birth_date")).isEqualTo(LocalDate.of(2010, 5, 1));
    assertThat(first.get("ethnicity")).isEqualTo("WBRI");
    assertThat(sink.rows(Table.CHILD).get(1).get("upn_unknown")).isEqualTo("UN1");
  }

  @Test
  void readsGenderCurrentNineAndZeroAsUnknown() throws Exception {
    read("cin-2021.xml");
    read("cin-2023.xml");

    assertThat(sink.rows(Table.CHILD)).extracting(r -> r.get("sex")).containsExactly("U", "U");
  }

  @Test
  void writesOneRowPerDisability() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.CHILD_DISABILITY))
        .extracting(r -> r.get("child_id"), r -> r.get("disability"))
        .containsExactly(
            tuple("SECRET0001", "NONE"), tuple("SECRET0002", "MOB"), tuple("SECRET0002", "HAND"));
  }

  @Test
  void numbersEpisodesWithinTheChildFromOne() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.CIN_EPISODE))
        .extracting(
            r -> r.get("child_id"),
            r -> r.get("episode_no"),
            r -> r.get("referral_date"),
            r -> r.get("referral_source"),
            r -> r.get("primary_need"),
            r -> r.get("closure_date"),
            r -> r.get("reason_for_closure"),
            r -> r.get("referral_nfa"),
            r -> r.get("icpc_date"))
        .containsExactly(
            tuple(
                "SECRET0001",
                1,
                LocalDate.of(2016, 5, 10),
                "2A",
                "N1",
                LocalDate.of(2016, 12, 1),
                "RC8",
                false,
                null),
            tuple("SECRET0001", 2, LocalDate.of(2017, 2, 1), "6", "N4", null, null, false, null),
            tuple(
                "SECRET0002",
                1,
                LocalDate.of(2016, 10, 1),
                "10",
                "N2",
                null,
                null,
                true,
                LocalDate.of(2016, 10, 20)));
  }

  @Test
  void numbersAssessmentsWithinTheEpisodeFromOne() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.ASSESSMENT))
        .extracting(
            r -> r.get("episode_no"),
            r -> r.get("assessment_no"),
            r -> r.get("start_date"),
            r -> r.get("internal_review_date"),
            r -> r.get("authorisation_date"))
        .containsExactly(
            tuple(
                1,
                1,
                LocalDate.of(2016, 5, 11),
                LocalDate.of(2016, 6, 1),
                LocalDate.of(2016, 6, 20)),
            tuple(2, 1, LocalDate.of(2017, 2, 2), null, LocalDate.of(2017, 2, 20)),
            tuple(2, 2, LocalDate.of(2017, 3, 1), null, null));
  }

  @Test
  void acceptsFactors18aAnd19aBefore2021() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.ASSESSMENT_FACTOR))
        .extracting(
            r -> r.get("child_id"),
            r -> r.get("episode_no"),
            r -> r.get("assessment_no"),
            r -> r.get("factor"))
        .containsExactly(
            tuple("SECRET0001", 1, 1, "18A"),
            tuple("SECRET0001", 1, 1, "3B"),
            tuple("SECRET0001", 2, 1, "19A"));
    assertThat(findings.total()).isZero();
  }

  @Test
  void readsSection47AndItsConference() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.SECTION47))
        .containsExactly(
            Map.of(
                "child_id",
                "SECRET0001",
                "episode_no",
                1,
                "start_date",
                LocalDate.of(2016, 5, 12),
                "icpc_target_date",
                LocalDate.of(2016, 6, 2),
                "icpc_date",
                LocalDate.of(2016, 5, 30),
                "icpc_not_required",
                false));
  }

  @Test
  void readsProtectionPlansWithOneReviewRowPerReviewDate() throws Exception {
    read("cin-2017.xml");

    assertThat(sink.rows(Table.CP_PLAN))
        .extracting(
            r -> r.get("episode_no"),
            r -> r.get("plan_no"),
            r -> r.get("start_date"),
            r -> r.get("end_date"),
            r -> r.get("initial_category"),
            r -> r.get("latest_category"),
            r -> r.get("previous_plans"))
        .containsExactly(
            tuple(1, 1, LocalDate.of(2016, 5, 30), LocalDate.of(2016, 11, 30), "NEG", "EMO", 0));
    assertThat(sink.rows(Table.CP_REVIEW))
        .extracting(
            r -> r.get("child_id"),
            r -> r.get("episode_no"),
            r -> r.get("plan_no"),
            r -> r.get("review_date"))
        .containsExactly(
            tuple("SECRET0001", 1, 1, LocalDate.of(2016, 8, 20)),
            tuple("SECRET0001", 1, 1, LocalDate.of(2016, 11, 15)));
  }

  // ------------------------------------------------------------------ 2020-21 to 2022-23

  @Test
  void acceptsSplitAbuseFactorsFrom2021AndFlagsTheOldOnesAnd24aBefore2022() throws Exception {
    read("cin-2021.xml");

    assertThat(sink.rows(Table.ASSESSMENT_FACTOR))
        .extracting(r -> r.get("factor"))
        .containsExactly("18B", "18C", "19B", "19C", "18A", "24A");
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.UNKNOWN_CODE,
                "cin-2021.xml",
                "line 36",
                "AssessmentFactors",
                "18A",
                "not in the AssessmentFactors code list for 2020-21"),
            new Finding(
                FindingType.UNKNOWN_CODE,
                "cin-2021.xml",
                "line 37",
                "AssessmentFactors",
                "24A",
                "not in the AssessmentFactors code list for 2020-21"));
  }

  @Test
  void readsAnExpectedBirthDateAfterTheReferenceDateWithoutAFinding() throws Exception {
    read("cin-2021.xml");

    assertThat(sink.rows(Table.CHILD).get(0).get("expected_birth_date"))
        .isEqualTo(LocalDate.of(2021, 5, 1));
    assertThat(findingsOf(FindingType.DATE_AFTER_REFERENCE_DATE)).isEmpty();
  }

  @Test
  void accepts5dRc9And24aAndCinPlansIn2023() throws Exception {
    read("cin-2023.xml");

    Map<String, Object> episode = sink.rows(Table.CIN_EPISODE).get(0);
    assertThat(episode.get("referral_source")).isEqualTo("5D");
    assertThat(episode.get("reason_for_closure")).isEqualTo("RC9");
    assertThat(sink.rows(Table.ASSESSMENT_FACTOR))
        .extracting(r -> r.get("factor"))
        .containsExactly("24A", "4B");
    assertThat(sink.rows(Table.CIN_PLAN))
        .containsExactly(
            Map.of(
                "child_id",
                "SECRET2301",
                "episode_no",
                1,
                "start_date",
                LocalDate.of(2022, 7, 20),
                "end_date",
                LocalDate.of(2022, 9, 30)));
  }

  @Test
  void reportsAnUnknownCodeAndKeepsTheRowWithTheCodeAsGiven() throws Exception {
    read("cin-2023.xml");

    assertThat(sink.rows(Table.CIN_EPISODE).get(0).get("primary_need")).isEqualTo("N10");
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.UNKNOWN_CODE,
                "cin-2023.xml",
                "line 30",
                "PrimaryNeedCode",
                "N10",
                "not in the PrimaryNeedCode code list for 2022-23"));
  }

  // ------------------------------------------------------------------ 2024-25

  @Test
  void readsSexFrom2025() throws Exception {
    ReadResult result = read("cin-2025.xml");

    assertThat(result.year()).isEqualTo(new CollectionYear(2025));
    assertThat(result.la()).isEqualTo("886");
    assertThat(sink.rows(Table.CHILD))
        .extracting(r -> r.get("child_id"), r -> r.get("sex"))
        .containsExactly(tuple("SECRET2501", "F"), tuple("SECRET2502", "U"));
  }

  @Test
  void readsUpperCaseBooleans() throws Exception {
    read("cin-2025.xml");

    assertThat(sink.rows(Table.SECTION47).get(0).get("icpc_not_required")).isEqualTo(true);
    assertThat(sink.rows(Table.CIN_EPISODE).get(0).get("referral_nfa")).isEqualTo(false);
  }

  @Test
  void reportsAPlanEndingBeforeItStartsAndADateAfterTheReferenceDate() throws Exception {
    ReadResult result = read("cin-2025.xml");

    assertThat(sink.rows(Table.CIN_PLAN))
        .extracting(r -> r.get("start_date"), r -> r.get("end_date"))
        .containsExactly(
            tuple(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 10, 1)),
            tuple(LocalDate.of(2025, 2, 1), null));
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.END_BEFORE_START,
                "cin-2025.xml",
                "line 30",
                "CINPlanEndDate",
                "2024-10-01",
                "before CINPlanStartDate 2024-11-01"),
            new Finding(
                FindingType.DATE_AFTER_REFERENCE_DATE,
                "cin-2025.xml",
                "line 36",
                "S47ActualStartDate",
                "2025-04-02",
                "after the ReferenceDate 2025-03-31"));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2025, 4, 2));
  }

  // ------------------------------------------------------------------ 2026-27

  @Test
  void readsPreProceedingsIn2027() throws Exception {
    ReadResult result = read("cin-2027.xml");

    assertThat(result.year()).isEqualTo(new CollectionYear(2027));
    assertThat(result.rows()).containsEntry(Table.PRE_PROCEEDINGS, 1);
    Map<String, Object> pp = sink.rows(Table.PRE_PROCEEDINGS).get(0);
    assertThat(pp)
        .containsEntry("child_id", "SECRET2701")
        .containsEntry("episode_no", 1)
        .containsEntry("start_date", LocalDate.of(2026, 9, 9))
        .containsEntry("letter_before_proceedings_date", LocalDate.of(2026, 9, 20))
        .containsEntry("fgdm_offered", "1")
        .containsEntry("fgdm_held", "1")
        .containsEntry("initial_meeting_date", LocalDate.of(2026, 9, 28))
        .containsEntry("review_meetings", 3)
        .containsEntry("step_decision_date", LocalDate.of(2026, 12, 1))
        .containsEntry("outcome", "A")
        .containsEntry("court_application_date", LocalDate.of(2026, 12, 18))
        .containsEntry("letter_initiating_cp_date", LocalDate.of(2027, 2, 5));
    assertThat(sink.rows(Table.CHILD).get(0).get("sex")).isEqualTo("M");
    assertThat(sink.rows(Table.CP_PLAN).get(0).get("previous_plans")).isEqualTo(1);
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(findings.total()).isZero();
  }

  // ------------------------------------------------------------------ council and header

  @Test
  void refusesAFileForAnotherCouncilThanTheImportNames() {
    Throwable t = catchRead("cin-2025.xml", new ReadContext("201", null));

    assertThat(t)
        .isInstanceOf(InputException.class)
        .hasMessage(
            "cin-2025.xml: line 11, LEA: the file is for council 886 but the import is for"
                + " council 201; expected LEA 201");
  }

  @Test
  void acceptsAFileForTheCouncilTheImportNames() throws Exception {
    ReadResult result =
        new CinCensusReader()
            .read(fixture("cin-2025.xml"), new ReadContext("886", null), sink, findings);

    assertThat(result.la()).isEqualTo("886");
  }

  // ------------------------------------------------------------------ broken inputs

  @Test
  void refusesATruncatedFileNamingTheOpenElement() {
    assertThat(refused("truncated.xml"))
        .hasMessage(
            "truncated.xml: line 41, AssessmentAuthorisationDate: the file ends before element"
                + " <AssessmentAuthorisationDate> is closed (it may be truncated); expected the"
                + " closing tag </AssessmentAuthorisationDate>");
  }

  @Test
  void refusesADoctypeSoNoExternalEntityIsEverRead() {
    assertThat(refused("xxe.xml"))
        .hasMessage(
            "xxe.xml: line 4: the file contains a DOCTYPE declaration, and DTDs are not allowed;"
                + " expected a CIN census XML file without a DOCTYPE");
    assertThat(sink.count(Table.CHILD)).isZero();
  }

  @Test
  void anAmpersandInAChildsIdIsRefusedWithoutQuotingTheIdentifier() {
    // The parser reads "&CHILD7" as the start of an entity reference and quotes "CHILD7".
    InputException bare = refused("entity-in-id.xml");
    assertThat(bare.getMessage())
        .startsWith("entity-in-id.xml: line 21, LAchildID: the XML is not well-formed: ")
        .doesNotContain("CHILD7");
    InputException undeclared = refused("undeclared-entity-in-id.xml");
    assertThat(undeclared.getMessage())
        .startsWith("undeclared-entity-in-id.xml: line 21, LAchildID: the XML is not well-formed: ")
        .doesNotContain("CHILD7");
  }

  @Test
  void refusesBytesThatAreNotValidInTheDeclaredEncoding() {
    assertThat(refused("latin1.xml"))
        .hasMessage(
            "latin1.xml: line 12, SoftwareCode: the file holds bytes that are not valid UTF-8"
                + " text; expected a file saved in the encoding its XML declaration names (UTF-8"
                + " if it names none)");
  }

  @Test
  void acceptsAUtf8ByteOrderMark() throws Exception {
    ReadResult result = read("bom.xml");

    assertThat(result.year()).isEqualTo(new CollectionYear(2021));
    assertThat(sink.count(Table.CHILD)).isEqualTo(1);
  }

  @Test
  void keepsAnUnreadableDateEmptyRecordingItsFieldAndLineAndTheExpectedForm() throws Exception {
    read("bad-date.xml");

    List<Map<String, Object>> episodes = sink.rows(Table.CIN_EPISODE);
    int last = episodes.size() - 1;
    assertThat(episodes.get(last).get("child_id")).isEqualTo("SECRET0002");
    assertThat(episodes.get(last).get("referral_date")).isNull();
    assertThat(episodes.get(last).get("primary_need")).isEqualTo("N2");
    assertThat(recording.unreadable(Table.CIN_EPISODE).get(last))
        .containsExactly("CINreferralDate");
    assertThat(recording.unreadable(Table.CIN_EPISODE).subList(0, last)).allMatch(Set::isEmpty);
    assertThat(findingsOf(FindingType.UNREADABLE_VALUE))
        .containsExactly(
            new Finding(
                FindingType.UNREADABLE_VALUE,
                "bad-date.xml",
                "line 98",
                "CINreferralDate",
                "2016-13-01",
                "expected a date as yyyy-mm-dd; left empty"));
  }

  @Test
  void keepsAnUnreadableBirthDateEmptyWithoutShowingIt() throws Exception {
    read("bad-birth-date.xml");

    List<Map<String, Object>> children = sink.rows(Table.CHILD);
    assertThat(children).extracting(c -> c.get("child_id")).contains("SECRET0002");
    int second = children.size() - 1;
    assertThat(children.get(second).get("birth_date")).isNull();
    assertThat(recording.unreadable(Table.CHILD).get(second)).containsExactly("PersonBirthDate");
    assertThat(findingsOf(FindingType.UNREADABLE_VALUE))
        .extracting(Finding::location, Finding::field, Finding::value)
        .containsExactly(tuple("line 87", "PersonBirthDate", null));
    assertThat(findings.kept()).extracting(Finding::describe).noneMatch(d -> d.contains("2014"));
  }

  @Test
  void keepsNoRowOfAChildWithoutLaChildIdAndReportsItWithoutStopping() throws Exception {
    ReadResult result = read("no-child-id.xml");

    assertThat(sink.count(Table.CHILD)).isEqualTo(1);
    assertThat(sink.rows(Table.CHILD).get(0).get("child_id")).isEqualTo("SECRET0001");
    assertThat(sink.rows(Table.CHILD_DISABILITY))
        .extracting(r -> r.get("child_id"))
        .containsOnly("SECRET0001");
    assertThat(result.rows()).containsEntry(Table.CHILD, 1);
    assertThat(findingsOf(FindingType.MISSING_REQUIRED_FIELD))
        .containsExactly(
            new Finding(
                FindingType.MISSING_REQUIRED_FIELD,
                "no-child-id.xml",
                "line 83",
                "LAchildID",
                null,
                "the child has no LAchildID; none of its rows were kept"));
  }

  @Test
  void readsTheChildAfterOneWithoutAnId() throws Exception {
    readWritten(
        "noid.xml",
        HEADER_2025
            + child("", "", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + child("SECRET9", "", "<CINreferralDate>2024-06-01</CINreferralDate>")
            + "</Children></Message>");

    assertThat(sink.rows(Table.CHILD))
        .extracting(r -> r.get("child_id"))
        .containsExactly("SECRET9");
    assertThat(sink.rows(Table.CIN_EPISODE))
        .extracting(r -> r.get("referral_date"))
        .containsExactly(LocalDate.of(2024, 6, 1));
    assertThat(findingsOf(FindingType.MISSING_REQUIRED_FIELD))
        .extracting(Finding::location)
        .containsExactly("line 8");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(refused("empty.xml"))
        .hasMessage("empty.xml: line 1: the file is empty; expected a CIN census XML file");
  }

  // ------------------------------------------------------------------ detection

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cin-2017.xml",
        "cin-2021.xml",
        "cin-2023.xml",
        "cin-2025.xml",
        "cin-2027.xml",
        "bom.xml"
      })
  void formatDetectorRecognisesTheFixturesAsCinCensusXml(String name) throws Exception {
    assertThat(FormatDetector.detect(fixture(name))).isEqualTo(Format.CIN_CENSUS_XML);
    assertThat(new CinCensusReader().format()).isEqualTo(Format.CIN_CENSUS_XML);
  }

  @Test
  void treatsAMissingFileAsAnIoProblemNotAnInputProblem() {
    assertThatThrownBy(
            () ->
                new CinCensusReader()
                    .read(Path.of("does-not-exist.xml"), ReadContext.none(), sink, findings))
        .isInstanceOf(java.io.IOException.class);
  }

  // ------------------------------------------------------------------ written in the test

  private static final String HEADER_2025 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
          <Source><LEA>886</LEA></Source>
        </Header>
        <Children>
      """;

  private static String child(String id, String identifiers, String episode) {
    return "<Child><ChildIdentifiers><LAchildID>"
        + id
        + "</LAchildID>"
        + identifiers
        + "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>"
        + "</ChildCharacteristics><CINdetails>"
        + episode
        + "</CINdetails></Child>\n";
  }

  private Path write(String name, String xml) throws IOException {
    return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
  }

  private ReadResult readWritten(String name, String xml) throws Exception {
    return new CinCensusReader().read(write(name, xml), ReadContext.none(), recording, findings);
  }

  @Test
  void normalisesASexWrittenAsAGenderCurrentCodeWithAFinding() throws Exception {
    readWritten(
        "sex.xml",
        HEADER_2025
            + child(
                "SECRET9",
                "<Sex>1</Sex>",
                "<CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA>")
            + "</Children></Message>");

    assertThat(sink.rows(Table.CHILD).get(0).get("sex")).isEqualTo("M");
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.NORMALISED_VALUE,
                "sex.xml",
                "line 8",
                "Sex",
                "1",
                "read as M (expected M, F or U)"));
  }

  @Test
  void reportsAnUnknownSexCodeAndKeepsItAsGiven() throws Exception {
    readWritten(
        "sex.xml",
        HEADER_2025
            + child("SECRET9", "<Sex>X</Sex>", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>");

    assertThat(sink.rows(Table.CHILD).get(0).get("sex")).isEqualTo("X");
    assertThat(findings.kept())
        .extracting(Finding::type, Finding::field, Finding::value, Finding::detail)
        .containsExactly(
            tuple(
                FindingType.UNKNOWN_CODE,
                "Sex",
                "X",
                "not in the Sex code list for 2024-25; expected M, F or U"));
  }

  @Test
  void reportsAnElementItDoesNotReadOncePerName() throws Exception {
    String episode =
        "<CINreferralDate>2024-05-01</CINreferralDate><Extra>a</Extra><Extra>b</Extra>";
    readWritten(
        "extra.xml",
        HEADER_2025
            + child("SECRET8", "", episode)
            + child("SECRET9", "", episode)
            + "</Children></Message>");

    assertThat(sink.count(Table.CIN_EPISODE)).isEqualTo(2);
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.IGNORED_FIELD,
                "extra.xml",
                "line 8",
                "Extra",
                null,
                "caseflow does not read this element"));
  }

  @Test
  void reportsAClosureBeforeTheReferralWithoutShowingTheChild() throws Exception {
    readWritten(
        "closure.xml",
        HEADER_2025
            + child(
                "SECRET9",
                "",
                "<CINreferralDate>2024-05-01</CINreferralDate>"
                    + "<CINclosureDate>2024-04-01</CINclosureDate>")
            + "</Children></Message>");

    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.END_BEFORE_START,
                "closure.xml",
                "line 8",
                "CINclosureDate",
                "2024-04-01",
                "before CINreferralDate 2024-05-01"));
  }

  @Test
  void reportsABirthDateAfterTheReferenceDateWithoutItsValue() throws Exception {
    readWritten(
        "birth.xml",
        HEADER_2025
            + child(
                "SECRET9",
                "<PersonBirthDate>2025-06-01</PersonBirthDate>",
                "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>");

    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.DATE_AFTER_REFERENCE_DATE,
                "birth.xml",
                "line 8",
                "PersonBirthDate",
                null,
                "after the ReferenceDate 2025-03-31"));
  }

  @Test
  void refusesAHeaderWithoutLea() {
    String xml =
        """
        <Message>
          <Header><CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
          <Children>
          </Children>
        </Message>
        """;

    assertThatThrownBy(() -> readWritten("nolea.xml", xml))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "nolea.xml: line 3, LEA: the header has no LEA; expected Header/Source/LEA before"
                + " Children: the council's 3-digit DfE code");
  }

  @Test
  void refusesAFileWithNoElementAtAll() {
    assertThatThrownBy(() -> readWritten("comment.xml", "<?xml version=\"1.0\"?>\n<!-- x -->\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "comment.xml: line 3: the file ends before its root element; expected a CIN census"
                + " XML message");
  }

  @Test
  void refusesAHeaderWithoutReferenceDate() {
    String xml = "<Message><Header><Source><LEA>886</LEA></Source></Header></Message>";

    assertThatThrownBy(() -> readWritten("noref.xml", xml))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "noref.xml: line 1, ReferenceDate: the header has no ReferenceDate; expected"
                + " Header/CollectionDetails/ReferenceDate before Children, e.g. 2025-03-31");
  }

  @Test
  void keepsAnUnreadableBooleanOrNumberEmptyNamingLineAndElement() throws Exception {
    String plan =
        "<ChildProtectionPlans><CPPstartDate>2024-05-20</CPPstartDate>"
            + "<NumberOfPreviousCPP>two</NumberOfPreviousCPP></ChildProtectionPlans>";
    readWritten(
        "bool.xml",
        HEADER_2025
            + child("SECRET9", "", "<ReferralNFA>maybe</ReferralNFA>" + plan)
            + "</Children></Message>");

    assertThat(sink.rows(Table.CIN_EPISODE).get(0).get("referral_nfa")).isNull();
    assertThat(recording.unreadable(Table.CIN_EPISODE)).containsExactly(Set.of("ReferralNFA"));
    assertThat(sink.rows(Table.CP_PLAN).get(0).get("previous_plans")).isNull();
    assertThat(sink.rows(Table.CP_PLAN).get(0).get("start_date"))
        .isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(recording.unreadable(Table.CP_PLAN)).containsExactly(Set.of("NumberOfPreviousCPP"));
    assertThat(findings.kept())
        .containsExactly(
            new Finding(
                FindingType.UNREADABLE_VALUE,
                "bool.xml",
                "line 8",
                "ReferralNFA",
                "maybe",
                "expected true, false, 1 or 0; left empty"),
            new Finding(
                FindingType.UNREADABLE_VALUE,
                "bool.xml",
                "line 8",
                "NumberOfPreviousCPP",
                "two",
                "expected a whole number; left empty"));
  }

  @Test
  void keepsAReviewWhoseDateCannotBeReadAndOneWhoseDateIsEmptyWithNoDate() throws Exception {
    String plan =
        "<ChildProtectionPlans><CPPstartDate>2024-05-20</CPPstartDate><Reviews>"
            + "<CPPreviewDate>2024-08-01</CPPreviewDate><CPPreviewDate>01/09/2024</CPPreviewDate>"
            + "<CPPreviewDate></CPPreviewDate></Reviews></ChildProtectionPlans>";
    readWritten("review.xml", HEADER_2025 + child("SECRET9", "", plan) + "</Children></Message>");

    assertThat(sink.rows(Table.CP_REVIEW))
        .extracting(r -> r.get("review_date"))
        .containsExactly(LocalDate.of(2024, 8, 1), null, null);
    assertThat(recording.unreadable(Table.CP_REVIEW))
        .containsExactly(Set.of(), Set.of("CPPreviewDate"), Set.of());
  }

  @Test
  void reportsAReferenceDateOtherThanTheThirtyFirstOfMarchAndReadsTheYearContainingIt()
      throws Exception {
    String xml =
        HEADER_2025.replace("2025-03-31", "2025-03-30")
            + child("SECRET9", "", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>";

    ReadResult result = readWritten("ref.xml", xml);

    assertThat(result.year()).isEqualTo(new CollectionYear(2025));
    assertThat(findingsOf(FindingType.REFERENCE_DATE_INCORRECT))
        .containsExactly(
            new Finding(
                FindingType.REFERENCE_DATE_INCORRECT,
                "ref.xml",
                "line 4",
                "ReferenceDate",
                "2025-03-30",
                "not 31 March; read as the collection year 2024-25"));
  }

  @Test
  void readsTheCollectionYearFromTheHeadersYearAsTheYearTheCollectionEndsAndChecksTheReferenceDate()
      throws Exception {
    // Year 2022 is 2021-22 by the DfE's convention, whatever the ReferenceDate says.
    String xml =
        HEADER_2025.replace(
                "<ReferenceDate>2025-03-31</ReferenceDate>",
                "<Year>2022</Year><ReferenceDate>2022-07-21</ReferenceDate>")
            + child("SECRET9", "", "<CINreferralDate>2022-05-10</CINreferralDate>")
            + "</Children></Message>";

    ReadResult result = readWritten("year.xml", xml);

    assertThat(result.year()).isEqualTo(new CollectionYear(2022));
    assertThat(result.referenceDate()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(findingsOf(FindingType.REFERENCE_DATE_INCORRECT))
        .containsExactly(
            new Finding(
                FindingType.REFERENCE_DATE_INCORRECT,
                "year.xml",
                "line 4",
                "ReferenceDate",
                "2022-07-21",
                "not 2022-03-31, the end of the collection year 2021-22 that the header's Year"
                    + " 2022 names; read as 2021-22"));
    assertThat(findingsOf(FindingType.DATE_AFTER_REFERENCE_DATE))
        .extracting(Finding::field, Finding::value, Finding::detail)
        .containsExactly(
            tuple(
                "CINreferralDate",
                "2022-05-10",
                "after 2022-03-31, the end of the collection year 2021-22"));
  }

  @Test
  void aHeaderYearMatchingTheReferenceDateGivesNoFindingAndTheReferenceDateAsTheLastDayCounted()
      throws Exception {
    String xml =
        HEADER_2025.replace("<ReferenceDate>", "<Year>2025</Year><ReferenceDate>")
            + child("SECRET9", "", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>";

    ReadResult result = readWritten("year.xml", xml);

    assertThat(result.year()).isEqualTo(new CollectionYear(2025));
    assertThat(result.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(findings.total()).isZero();
  }

  @Test
  void aHeaderYearThatCannotBeReadIsRecordedAndTheYearIsTakenFromTheReferenceDate()
      throws Exception {
    String xml =
        HEADER_2025.replace("<ReferenceDate>", "<Year>24/25</Year><ReferenceDate>")
            + child("SECRET9", "", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>";

    ReadResult result = readWritten("year.xml", xml);

    assertThat(result.year()).isEqualTo(new CollectionYear(2025));
    assertThat(findingsOf(FindingType.UNREADABLE_VALUE))
        .containsExactly(
            new Finding(
                FindingType.UNREADABLE_VALUE,
                "year.xml",
                "line 4",
                "Year",
                "24/25",
                "expected the year the collection ends, e.g. 2025 for 2024-25; the year is read"
                    + " from the ReferenceDate"));
  }

  @Test
  void acceptsTheThirtyFirstOfMarchAsTheReferenceDateWithoutAFinding() throws Exception {
    readWritten(
        "ref.xml",
        HEADER_2025
            + child("SECRET9", "", "<CINreferralDate>2024-05-01</CINreferralDate>")
            + "</Children></Message>");

    assertThat(findingsOf(FindingType.REFERENCE_DATE_INCORRECT)).isEmpty();
  }

  @Test
  void refusesAReferenceDateThatIsNotADateAsTheYearCannotBeKnown() {
    String xml = HEADER_2025.replace("2025-03-31", "31/03/2025") + "</Children></Message>";

    assertThatThrownBy(() -> readWritten("ref.xml", xml))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "ref.xml: line 4, ReferenceDate: '31/03/2025' is not a date; expected a date as"
                + " yyyy-mm-dd");
  }

  @Test
  void readsSixThousandSixHundredChildrenEachWithTheirReview() throws Exception {
    StringBuilder xml = new StringBuilder(HEADER_2025);
    String episode =
        """
        <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>2A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2024-11-01</CINclosureDate>
        <ReasonForClosure>RC7</ReasonForClosure>
        <Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
        <AssessmentAuthorisationDate>2024-06-10</AssessmentAuthorisationDate>
        <FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors>
        <AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
        <CINPlanDates><CINPlanStartDate>2024-06-11</CINPlanStartDate></CINPlanDates>
        <Section47><S47ActualStartDate>2024-05-03</S47ActualStartDate>
        <InitialCPCtarget>2024-05-24</InitialCPCtarget><DateOfInitialCPC>2024-05-20</DateOfInitialCPC>
        <ICPCnotRequired>false</ICPCnotRequired></Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans><CPPstartDate>2024-05-20</CPPstartDate>
        <CPPendDate>2024-10-30</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
        <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
        <Reviews><CPPreviewDate>2024-08-01</CPPreviewDate></Reviews></ChildProtectionPlans>
        """;
    for (int i = 0; i < 6_600; i++) {
      xml.append(
          child(
              "C" + i,
              "<UPN>A12345678901"
                  + (i % 10)
                  + "</UPN><PersonBirthDate>2012-01-01</PersonBirthDate>"
                  + "<Sex>F</Sex>",
              episode));
    }
    xml.append("</Children></Message>");
    Path file = write("big.xml", xml.toString());

    ReadResult result =
        new CinCensusReader().read(file, ReadContext.none(), new CollectingSink(), new Findings());
    assertThat(result.rows())
        .containsEntry(Table.CHILD, 6_600)
        .containsEntry(Table.CP_REVIEW, 6_600);
    // How fast it is belongs to the bench (caseflow bench), not to a timed unit test.
  }
}
