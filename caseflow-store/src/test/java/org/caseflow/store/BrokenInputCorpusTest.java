package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken inputs (src/test/resources/corpus), each through the real readers and
 * importer into a store that already holds a good return: an unreadable file gives its message and
 * leaves the store exactly as it was; a recoverable oddity is imported with a finding.
 */
class BrokenInputCorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

  @TempDir Path dir;
  private Store store;
  private Importer importer;

  @BeforeEach
  void storeWithOneGoodReturn() throws Exception {
    store = Store.open(dir.resolve("store.duckdb").toString());
    importer = new Importer(store, Readers::forFormat, Clock.systemUTC());
    importer.importPaths(List.of(copy("good_cin_2025.xml")), ReadContext.none());
  }

  private Path copy(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in-" + name));
    return Files.copy(CORPUS.resolve(name), folder.resolve(name));
  }

  private String snapshot() throws Exception {
    StringBuilder s = new StringBuilder();
    try (Statement st = store.connection().createStatement()) {
      for (String t :
          List.of(
              "import_batch", "import_file", "child", "cin_episode", "assessment", "cla_episode")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          s.append(t).append('=').append(rs.getLong(1)).append(' ');
        }
      }
    }
    return s.toString();
  }

  private void refused(String file, String message) throws Exception {
    String before = snapshot();
    Path p = copy(file);
    assertThatThrownBy(
            () ->
                importer.importPaths(List.of(p), new ReadContext("808", new CollectionYear(2025))))
        .isInstanceOf(ImportException.class)
        .hasMessage(message);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTruncatedCensusIsRefusedNamingTheLine() throws Exception {
    refused(
        "truncated_cin.xml",
        "truncated_cin.xml: line 12, Assessments: the file ends before element <Assessments> is"
            + " closed (it may be truncated); expected the closing tag </Assessments>. Nothing was"
            + " imported: the store is unchanged.");
  }

  @Test
  void anXxePayloadIsRefusedAndNothingIsFetched() throws Exception {
    refused(
        "xxe_cin.xml",
        "xxe_cin.xml: line 2: the file contains a DOCTYPE declaration, and DTDs are not allowed;"
            + " expected a CIN census XML file without a DOCTYPE. Nothing was imported: the store"
            + " is unchanged.");
  }

  @Test
  void aCsvSavedInLatin1IsRefusedNamingTheLineOfTheFirstBadByte() throws Exception {
    refused(
        "header_latin1.csv",
        "header_latin1.csv: line 3: the file is not UTF-8 text (it may have been saved as"
            + " Windows-1252 or Latin-1); expected CSV saved as UTF-8. Nothing was imported: the"
            + " store is unchanged.");
  }

  @Test
  void missingColumnsAreNamedWithTheColumnsExpected() throws Exception {
    String before = snapshot();
    Path p = copy("episodes_missing_decom.csv");
    assertThatThrownBy(
            () ->
                importer.importPaths(List.of(p), new ReadContext("808", new CollectionYear(2025))))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("episodes_missing_decom.csv: line 1, DECOM")
        .hasMessageContaining("missing from the SSDA903 Episodes table")
        .hasMessageEndingWith("Nothing was imported: the store is unchanged.");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    refused(
        "empty.csv",
        "empty.csv: the file: the file is empty; expected a CIN census XML file, an SSDA903 CSV"
            + " table (with a CHILD column) or XML file, an Annex A workbook (.xlsx), an Ofsted"
            + " provider list (.xlsx), a CSWW census XML file or a caseflow template CSV (see docs/templates.md). Nothing"
            + " was imported: the store is unchanged.");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    var report =
        importer.importPaths(
            List.of(copy("header_bom.csv")), new ReadContext("808", new CollectionYear(2025)));
    assertThat(report.totalRows()).isEqualTo(1);
    assertThat(report.findings().total()).isZero();
  }

  @Test
  void mixedDateFormatsAreReadWithAFinding() throws Exception {
    var report =
        importer.importPaths(
            List.of(copy("episodes_mixed_dates.csv")),
            new ReadContext("808", new CollectionYear(2025)));
    assertThat(report.totalRows()).isEqualTo(2);
    assertThat(report.findings().count(FindingType.NORMALISED_VALUE)).isEqualTo(1);
  }

  @Test
  void aDuplicateChildIsAFindingThatDoesNotNameTheChild() throws Exception {
    var report =
        importer.importPaths(
            List.of(copy("header_duplicate.csv")),
            new ReadContext("808", new CollectionYear(2025)));
    assertThat(report.findings().count(FindingType.DUPLICATE_CHILD)).isEqualTo(1);
    assertThat(report.findings().kept().get(0).describe()).doesNotContain("B2");
  }

  @Test
  void aChildInEpisodesButNotInTheHeaderIsAFinding() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("pair"));
    Files.writeString(
        folder.resolve("Header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB1,M,01/06/2010,WBRI,,,\n");
    Files.writeString(
        folder.resolve("Episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "B1,01/05/2024,S,C2,N1,U4,PR1,,,,,,\nB9,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n");
    var report =
        importer.importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
    assertThat(report.findings().count(FindingType.CHILD_NOT_IN_HEADER)).isEqualTo(1);
    assertThat(report.findings().kept())
        .anySatisfy(
            f ->
                assertThat(f.describe())
                    .isEqualTo(
                        "Episodes.csv: 1 row, CHILD: the child is not in the Header table of the same"
                            + " return [child_not_in_header]"));
  }

  @Test
  void anImpossibleDateIsImportedEmptyWithTheFieldNamedUnreadable() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("bad-date"));
    Files.writeString(
        folder.resolve("Episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "B1,01/05/2024,S,C2,N1,U4,PR1,31/02/2025,E11,,,,\n"
            + "B2,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n");
    var report =
        importer.importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
    assertThat(report.totalRows()).isEqualTo(2);
    assertThat(report.findings().count(FindingType.UNREADABLE_VALUE)).isEqualTo(1);
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT child_id, end_date, unreadable FROM cla_episode ORDER BY child_id")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("B1");
      assertThat(rs.getObject(2)).isNull();
      assertThat(rs.getString(3)).isEqualTo(";DEC;");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("B2");
      assertThat(rs.getString(3)).isNull();
    }
  }
}
