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
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Health assessment and foster carer files through the real importer, on DuckDB and PostgreSQL: a
 * later file holding a child replaces the child's whole record and keeps other children; the same
 * file again changes nothing; a bad file beside a good one imports nothing.
 */
class HealthAndFosteringImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final String HEALTH =
      "child_id,looked_after_date,assessment,requested_date,due_date,completed_date\n";
  private static final String CARERS =
      "household_id,enquiry_date,assessment_start,approval_date,withdrawal_date,type\n";

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
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

  private static final String CURRENT =
      "SELECT child_id, assessment, CAST(completed_date AS VARCHAR) FROM health_assessment"
          + " WHERE is_current ORDER BY child_id, assessment";

  @ParameterizedTest
  @MethodSource("engines")
  void aLaterFileHoldingAChildReplacesItsRecordAndTheSameFileAgainChangesNothing(String engine)
      throws Exception {
    Path y2025 =
        file(
            "health_assessments_2025.csv",
            HEALTH
                + "A,2025-03-03,initial,2025-03-04,,\n"
                + "B,2024-06-03,initial,,,2024-07-01\n"
                + "B,2024-06-03,review,,2024-12-03,2024-11-30\n");
    Path y2026 =
        file(
            "health_assessments_2026.csv",
            HEALTH + "A,2025-03-03,initial,2025-03-04,,2025-04-02\n");
    try (Store s = Stores.fresh(engine, dir)) {
      Importer importer = new Importer(s, Readers::forFormat, CLOCK);
      importer.importPaths(List.of(y2025), new ReadContext("808", new CollectionYear(2025)));
      importer.importPaths(List.of(y2026), new ReadContext("808", new CollectionYear(2026)));
      List<String> expected =
          List.of("A initial 2025-04-02", "B initial 2024-07-01", "B review 2024-11-30");
      assertThat(rows(s, CURRENT)).containsExactlyElementsOf(expected);
      importer.importPaths(List.of(y2026), new ReadContext("808", new CollectionYear(2026)));
      assertThat(rows(s, CURRENT)).containsExactlyElementsOf(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aBadFosterCarerFileBesideAGoodHealthFileImportsNothing(String engine) throws Exception {
    Path good = file("health.csv", HEALTH + "A,2025-03-03,initial,,,\n");
    Path bad = file("carers.csv", CARERS + "FH-0042,2024-05-02,,,yesterday,mainstream\n");
    try (Store s = Stores.fresh(engine, dir)) {
      Importer importer = new Importer(s, Readers::forFormat, CLOCK);
      assertThatThrownBy(
              () ->
                  importer.importPaths(
                      List.of(good, bad), new ReadContext("808", new CollectionYear(2025))))
          .hasMessageContaining("carers.csv: line 2, withdrawal_date: 'yesterday' is not a date")
          .hasMessageNotContaining("FH-0042");
      assertThat(rows(s, "SELECT count(*) FROM health_assessment")).containsExactly("0");
      assertThat(rows(s, "SELECT count(*) FROM import_batch")).containsExactly("0");
    }
  }
}
