package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a CIN census header decides, through the real readers and importer on DuckDB and PostgreSQL:
 * the collection year (the header's Year, the year the collection ends), the day whose events are
 * counted (the ReferenceDate, never after the year's end) and the council of the whole import (any
 * file that names it).
 *
 * <p>The census of the first tests, worked by hand: header Year 2022 (2021-22), ReferenceDate 21
 * July 2022, so nothing after 31 March 2022 is counted.
 *
 * <pre>
 * child  referral    assessment  counted
 * A      2021-06-01  2021-06-03  yes
 * B      2022-05-10  -           no: after 31 March 2022 (but before the ReferenceDate)
 * C      2024-10-01  2024-10-02  no (2024-25), nor its assessment
 * D      2025-06-01  -           no (2025-26)
 * </pre>
 */
class CensusHeaderImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  private static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private static Importer importer(Store s) {
    return new Importer(s, Readers::forFormat, CLOCK);
  }

  /** A CIN census: the header's Year (or none) and ReferenceDate, and children's episodes. */
  static String census(String year, String referenceDate, String lea, String... children) {
    StringBuilder x =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
                + "<Collection>CIN</Collection>");
    if (year != null) {
      x.append("<Year>").append(year).append("</Year>");
    }
    x.append("<ReferenceDate>")
        .append(referenceDate)
        .append("</ReferenceDate></CollectionDetails><Source><LEA>")
        .append(lea)
        .append("</LEA></Source></Header>\n<Children>\n");
    for (String c : children) {
      x.append(c).append('\n');
    }
    return x.append("</Children></Message>\n").toString();
  }

  /** A child with one episode of need referred on the day, and an assessment if one is given. */
  static String child(String id, String referral, String assessmentStart) {
    return "<Child><ChildIdentifiers><LAchildID>"
        + id
        + "</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex>"
        + "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>"
        + "</ChildCharacteristics><CINdetails><CINreferralDate>"
        + referral
        + "</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1"
        + "</PrimaryNeedCode>"
        + (assessmentStart == null
            ? ""
            : "<Assessments><AssessmentActualStartDate>"
                + assessmentStart
                + "</AssessmentActualStartDate></Assessments>")
        + "</CINdetails></Child>";
  }

  private Path write(String folder, String name, String text) throws IOException {
    Path f = Files.createDirectories(dir.resolve(folder)).resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private Path july2022Census() throws IOException {
    return write(
        "cin2022",
        "cin_2022.xml",
        census(
            "2022",
            "2022-07-21",
            "808",
            child("A", "2021-06-01", "2021-06-03"),
            child("B", "2022-05-10", null),
            child("C", "2024-10-01", "2024-10-02"),
            child("D", "2025-06-01", null)));
  }

  private static List<String> rows(Store s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        out.add(String.join(" ", row));
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aCensusIsFiledUnderTheYearItsHeaderNamesAsTheYearTheCollectionEnds(String engine)
      throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      ImportReport report = importer(s).importPaths(List.of(july2022Census()), ReadContext.none());

      assertThat(report.batches())
          .singleElement()
          .extracting(ImportReport.Batch::year)
          .isEqualTo(new CollectionYear(2022));
      assertThat(
              rows(
                  s,
                  "SELECT collection_year, period_start, period_end, reference_date FROM"
                      + " import_batch"))
          .containsExactly("2022 2021-04-01 2022-03-31 2022-03-31");
      assertThat(
              rows(
                  s,
                  "SELECT location, value, detail FROM import_finding"
                      + " WHERE code = 'reference_date_incorrect'"))
          .containsExactly(
              "line 2 2022-07-21 not 2022-03-31, the end of the collection year 2021-22 that the"
                  + " header's Year 2022 names; read as 2021-22");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void eventsAfterTheEndOfTheCensusAreKeptButNotCurrentAndEachIsRecorded(String engine)
      throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      ImportReport report = importer(s).importPaths(List.of(july2022Census()), ReadContext.none());

      assertThat(rows(s, "SELECT child_id, is_current FROM cin_episode ORDER BY child_id"))
          .containsExactly("A true", "B false", "C false", "D false");
      assertThat(rows(s, "SELECT child_id, is_current FROM assessment ORDER BY child_id"))
          .containsExactly("A true", "C false");
      assertThat(
              rows(
                  s,
                  "SELECT file_name, location, field, value, detail FROM import_finding"
                      + " WHERE code = 'event_not_counted' ORDER BY location"))
          .containsExactly(
              "cin_2022.xml assessment row 2 AssessmentActualStartDate 2024-10-02 after the"
                  + " reference date 2022-03-31: kept, not counted",
              "cin_2022.xml cin_episode row 2 CINreferralDate 2022-05-10 after the reference"
                  + " date 2022-03-31: kept, not counted",
              "cin_2022.xml cin_episode row 3 CINreferralDate 2024-10-01 after the reference"
                  + " date 2022-03-31: kept, not counted",
              "cin_2022.xml cin_episode row 4 CINreferralDate 2025-06-01 after the reference"
                  + " date 2022-03-31: kept, not counted");
      assertThat(
              rows(
                  s,
                  "SELECT finding_count FROM import_finding_count WHERE code ="
                      + " 'event_not_counted'"))
          .containsExactly("4");
      ImportReport.Batch b = report.batches().get(0);
      assertThat(b.notCounted()).isEqualTo(4);
      assertThat(b.referenceDate()).isEqualTo(LocalDate.of(2022, 3, 31));
      assertThat(report.findings().count(FindingType.EVENT_NOT_COUNTED)).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void eventsAfterAnEarlierReferenceDateAreNotCountedAndStayOutWhenALaterImportRecomputes(
      String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      // No Year: 2024-25 from the ReferenceDate 31 January 2025; the referral of 10 February is
      // after it.
      Path early =
          write(
              "early",
              "cin_jan.xml",
              census(
                  null,
                  "2025-01-31",
                  "808",
                  child("A", "2024-06-01", null),
                  child("B", "2025-02-10", null)));
      importer(s).importPaths(List.of(early), ReadContext.none());
      Path earlier =
          write(
              "earlier",
              "cin_2024.xml",
              census("2024", "2024-03-31", "808", child("E", "2023-06-01", null)));
      importer(s).importPaths(List.of(earlier), ReadContext.none());

      assertThat(
              rows(s, "SELECT collection_year, reference_date FROM import_batch ORDER BY batch_id"))
          .containsExactly("2025 2025-01-31", "2024 2024-03-31");
      assertThat(
              rows(
                  s,
                  "SELECT child_id, is_current FROM cin_episode WHERE collection_year = 2025"
                      + " ORDER BY child_id"))
          .containsExactly("A true", "B false");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aFolderIsFiledUnderTheCouncilItsCinCensusNamesWithoutLa(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      write(
          "council",
          "cin_2025.xml",
          census("2025", "2025-03-31", "808", child("A", "2024-06-01", null)));
      write("council", "Episodes.csv", EPISODES + "A,2024-07-01,S,C2,N1,U1,PR1,,,,,,\n");

      ImportReport report =
          importer(s).importPaths(List.of(dir.resolve("council")), ReadContext.none());

      assertThat(report.batches())
          .extracting(b -> b.kind() + " " + b.la() + " " + b.year().label())
          .containsExactlyInAnyOrder("CIN_CENSUS 808 2024-25", "SSDA903 808 2024-25");
      assertThat(rows(s, "SELECT la, child_id FROM cla_episode")).containsExactly("808 A");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void filesThatNameDifferentCouncilsAreRefusedNamingTheFilesAndNothingIsStored(String engine)
      throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      write(
          "two", "a_cin.xml", census("2025", "2025-03-31", "808", child("A", "2024-06-01", null)));
      write(
          "two", "b_cin.xml", census("2025", "2025-03-31", "201", child("B", "2024-06-01", null)));

      assertThatThrownBy(
              () -> importer(s).importPaths(List.of(dir.resolve("two")), ReadContext.none()))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "the files name different councils: 201 (b_cin.xml), 808 (a_cin.xml); an import is"
                  + " for one council: import each council's files on their own. Nothing was"
                  + " imported.");
      assertThat(rows(s, "SELECT count(*) FROM import_batch")).containsExactly("0");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anSsda903ReturnCountsNoEpisodeStartedAfterTheEndOfItsYear(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path f =
          write(
              "s903",
              "Episodes.csv",
              EPISODES
                  + "A,2024-07-01,S,C2,N1,U1,PR1,,,,,,\n"
                  + "B,2025-04-02,S,C2,N1,U1,PR1,,,,,,\n");

      ImportReport report =
          importer(s).importPaths(List.of(f), new ReadContext("808", new CollectionYear(2025)));

      assertThat(report.batches().get(0).kind()).isEqualTo(ReturnKind.SSDA903);
      assertThat(rows(s, "SELECT reference_date FROM import_batch")).containsExactly("2025-03-31");
      assertThat(rows(s, "SELECT child_id, is_current FROM cla_episode ORDER BY child_id"))
          .containsExactly("A true", "B false");
      assertThat(
              rows(
                  s,
                  "SELECT location, field, value FROM import_finding"
                      + " WHERE code = 'event_not_counted'"))
          .containsExactly("cla_episode row 2 DECOM 2025-04-02");
    }
  }
}
