package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseflow.domain.golden.Golden;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs: each file (or folder, for an SSDA903 return of several tables) under
 * {@code src/test/resources/corpus/} goes through the real readers and importer into a store that
 * already holds a good return, with the expected outcome beside it in {@code <name>.expected}:
 * either {@code refused:} and the message the user sees, or {@code imported:} with the rows and
 * every finding. An unreadable file leaves the store exactly as it was; a recoverable oddity is
 * imported with a finding, whose description never names a child. A missing expected file fails;
 * {@code -Dcaseflow.regenerate=true} writes it, to be checked by hand.
 */
class BrokenInputCorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

  @TempDir Path dir;
  private Store store;
  private Importer importer;

  static Stream<String> corpus() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(CORPUS)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .sorted()
          .forEach(names::add);
    }
    return names.stream();
  }

  @BeforeEach
  void storeWithOneGoodReturn() throws Exception {
    store = Store.open(dir.resolve("store.duckdb").toString());
    importer = new Importer(store, Readers::forFormat, Clock.systemUTC());
    Path good = Files.createDirectories(dir.resolve("good")).resolve("good_cin_2025.xml");
    Files.copy(Path.of("src", "test", "resources", "good_cin_2025.xml"), good);
    importer.importPaths(List.of(good), ReadContext.none());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenInputHasTheOutcomeWrittenBesideIt(String name) throws Exception {
    String before = snapshot();
    Path input = copy(name);
    StringBuilder outcome = new StringBuilder();
    try {
      ImportReport report =
          importer.importPaths(List.of(input), new ReadContext("808", new CollectionYear(2025)));
      outcome.append("imported: ").append(report.totalRows()).append(" rows\n");
      for (Map.Entry<FindingType, Integer> e : report.findings().counts().entrySet()) {
        outcome.append("count: ").append(e.getKey().code()).append(' ').append(e.getValue());
        outcome.append('\n');
      }
      for (Finding f : report.findings().kept()) {
        outcome.append("finding: ").append(f.describe()).append('\n');
      }
    } catch (ImportException e) {
      outcome.append("refused: ").append(e.getMessage()).append('\n');
      assertThat(snapshot()).as("a refused file leaves the store as it was").isEqualTo(before);
    }
    Golden.check(CORPUS.resolve(name + ".expected"), outcome.toString());
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

  /** A corpus file, or every file of a corpus folder, copied into a folder of its own. */
  private Path copy(String name) throws IOException {
    Path source = CORPUS.resolve(name);
    Path folder = Files.createDirectories(dir.resolve("in-" + name));
    if (!Files.isDirectory(source)) {
      return Files.copy(source, folder.resolve(name));
    }
    try (Stream<Path> s = Files.list(source)) {
      for (Path f : s.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    return folder;
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
}
