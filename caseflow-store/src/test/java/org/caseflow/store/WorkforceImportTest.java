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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workforce data across years, with the real readers, on DuckDB and PostgreSQL: each census is a
 * snapshot kept beside the others; a resubmitted census replaces its own year only; a later
 * caseload extract replaces the months it holds again; a bad template file imports nothing.
 */
class WorkforceImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final ReadContext LA = new ReadContext("808", null);

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private Path census(String name, String referenceDate, String... workers) throws IOException {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\"?>\n<Message><Header><CollectionDetails><Collection>CSWW"
                + "</Collection><ReferenceDate>"
                + referenceDate
                + "</ReferenceDate></CollectionDetails><Source><LEA>808</LEA></Source></Header>\n"
                + "<LALevelVacancies><NumberOfVacancies>3</NumberOfVacancies></LALevelVacancies>\n");
    for (String w : workers) {
      String[] p = w.split(":");
      s.append("<CSWWWorker><SWENo>")
          .append(p[0])
          .append("</SWENo><AgencyWorker>0</AgencyWorker><FTE>1</FTE><FTE30>1</FTE30><Cases30>")
          .append(p[1])
          .append("</Cases30></CSWWWorker>\n");
    }
    s.append("</Message>\n");
    Path f = dir.resolve(name);
    Files.writeString(f, s);
    return f;
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static List<String> rows(Store s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          line.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.add(line.toString());
      }
    }
    return out;
  }

  private static final String WORKERS =
      "SELECT collection_year, worker_id, cases_at_census FROM sw_worker WHERE is_current"
          + " ORDER BY collection_year, worker_id";

  @ParameterizedTest
  @MethodSource("engines")
  void twoCensusesMergeAsTwoSnapshotsInEitherOrderAndAResubmissionReplacesItsYearOnly(String engine)
      throws Exception {
    Path y2023 = census("csww_2023.xml", "2023-09-30", "A:15", "B:20");
    Path y2024 = census("csww_2024.xml", "2024-09-30", "A:18", "C:12");
    Path y2024again = census("csww_2024_resubmitted.xml", "2024-09-30", "A:19");
    try (Store s = Stores.fresh(engine, dir)) {
      Importer importer = new Importer(s, Readers::forFormat, CLOCK);
      // The later year first: the earlier census must not displace it, nor it the earlier one.
      importer.importPaths(List.of(y2024), LA);
      importer.importPaths(List.of(y2023), LA);
      // 30 September 2023 is filed under 2023-24 (2024), 30 September 2024 under 2024-25 (2025).
      assertThat(rows(s, WORKERS))
          .containsExactly("2024 A 15", "2024 B 20", "2025 A 18", "2025 C 12");
      assertThat(rows(s, "SELECT count(*) FROM sw_vacancy WHERE is_current")).containsExactly("2");
      importer.importPaths(List.of(y2024again), LA);
      assertThat(rows(s, WORKERS)).containsExactly("2024 A 15", "2024 B 20", "2025 A 19");
      // The same file again changes nothing.
      importer.importPaths(List.of(y2023), LA);
      assertThat(rows(s, WORKERS)).containsExactly("2024 A 15", "2024 B 20", "2025 A 19");
      // Nothing deleted: 2 + 2 + 1 rows kept, the two replaced 2024-25 rows as history.
      assertThat(rows(s, "SELECT count(*) FROM sw_worker")).containsExactly("5");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aLaterCaseloadExtractReplacesTheMonthsItHoldsAgainAndKeepsTheOthers(String engine)
      throws Exception {
    String head = "month,worker,team,fte,contract,open_cases\n";
    Path first =
        file(
            "caseload_1.csv",
            head
                + "2025-02,A,X,1,employed,20\n2025-03,A,X,1,employed,18\n2025-03,B,X,1,agency,9\n");
    Path second =
        file("caseload_2.csv", head + "2025-03,A,X,1,employed,17\n2025-04,A,X,1,employed,16\n");
    try (Store s = Stores.fresh(engine, dir)) {
      Importer importer = new Importer(s, Readers::forFormat, CLOCK);
      importer.importPaths(List.of(first), LA);
      importer.importPaths(List.of(second), LA);
      assertThat(
              rows(
                  s,
                  "SELECT CAST(month AS VARCHAR), worker_id, open_cases FROM caseload"
                      + " WHERE is_current ORDER BY month, worker_id"))
          .containsExactly("2025-02-01 A 20", "2025-03-01 A 17", "2025-04-01 A 16");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aBadTemplateFileBesideAGoodCensusImportsNothing(String engine) throws Exception {
    Path good = census("csww_2024.xml", "2024-09-30", "A:18");
    Path bad =
        file(
            "caseload.csv",
            "month,worker,team,fte,contract,open_cases\n2025-03,Jane Smith,X,one,employed,3\n");
    try (Store s = Stores.fresh(engine, dir)) {
      Importer importer = new Importer(s, Readers::forFormat, CLOCK);
      assertThatThrownBy(() -> importer.importPaths(List.of(good, bad), LA))
          .hasMessageContaining("caseload.csv: line 2, fte: 'one' is not a number")
          .hasMessageNotContaining("Jane");
      assertThat(rows(s, "SELECT count(*) FROM sw_worker")).containsExactly("0");
      assertThat(rows(s, "SELECT count(*) FROM import_batch")).containsExactly("0");
    }
  }
}
