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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer's promises, on DuckDB and on a real PostgreSQL: all or nothing, idempotent by
 * content, provenance per file, and one history per child across years in any import order.
 */
class ImporterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private Path return903(int year, String... episodes) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ssda903_" + year + "_" + System.nanoTime()));
    Path f = folder.resolve("Episodes.csv");
    Files.writeString(f, "CHILD,DECOM,DEC\n" + String.join("\n", episodes) + "\n");
    return f;
  }

  private static Importer importer(Store s) {
    return new Importer(s, format -> new ScriptedReader(), CLOCK);
  }

  private static ReadContext ctx(int year) {
    return new ReadContext("808", new CollectionYear(year));
  }

  private static List<String> current(Store s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT child_id, start_date, end_date, collection_year FROM cla_episode"
                    + " WHERE is_current ORDER BY child_id, start_date")) {
      while (rs.next()) {
        out.add(
            rs.getString(1) + " " + rs.getDate(2) + ".." + rs.getDate(3) + " from " + rs.getInt(4));
      }
    }
    return out;
  }

  private static long count(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anEpisodeOpenAcrossTheYearEndIsOneEpisodeInItsLatestVersion(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path y2024 = return903(2024, "A,2023-01-10,", "B,2023-04-05,2023-05-01");
      Path y2025 = return903(2025, "A,2023-01-10,2024-06-30");
      importer(s).importPaths(List.of(y2024), ctx(2024));
      importer(s).importPaths(List.of(y2025), ctx(2025));
      assertThat(current(s))
          .containsExactly(
              "A 2023-01-10..2024-06-30 from 2025", "B 2023-04-05..2023-05-01 from 2024");
      assertThat(count(s, "SELECT count(*) FROM cla_episode")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void importingTheYearsInReverseOrderGivesTheSameHistory(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path y2024 = return903(2024, "A,2023-01-10,", "B,2023-04-05,2023-05-01");
      Path y2025 = return903(2025, "A,2023-01-10,2024-06-30");
      importer(s).importPaths(List.of(y2025), ctx(2025));
      importer(s).importPaths(List.of(y2024), ctx(2024));
      assertThat(current(s))
          .containsExactly(
              "A 2023-01-10..2024-06-30 from 2025", "B 2023-04-05..2023-05-01 from 2024");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aLaterReturnSupersedesAnEpisodeItNoLongerHolds(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      // C was open at 31 March 2024; the 2025 return (the complete record of 2024-25) has no C,
      // so the 2024 version is superseded rather than left open for ever.
      importer(s).importPaths(List.of(return903(2024, "C,2024-02-01,")), ctx(2024));
      importer(s).importPaths(List.of(return903(2025, "D,2024-05-01,")), ctx(2025));
      assertThat(current(s)).containsExactly("D 2024-05-01..null from 2025");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aResubmissionOfTheSameYearReplacesTheEarlierImportOfThatYear(String engine)
      throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      importer(s)
          .importPaths(
              List.of(return903(2025, "A,2024-05-01,", "B,2022-01-01,2022-02-01")), ctx(2025));
      importer(s).importPaths(List.of(return903(2025, "A,2024-05-02,")), ctx(2025));
      assertThat(current(s)).containsExactly("A 2024-05-02..null from 2025");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void importingTheSameFileAgainChangesNothing(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path f = return903(2025, "A,2024-05-01,");
      importer(s).importPaths(List.of(f), ctx(2025));
      ImportReport again = importer(s).importPaths(List.of(f), ctx(2025));
      assertThat(again.batches()).isEmpty();
      assertThat(again.skipped())
          .singleElement()
          .satisfies(
              k -> assertThat(k.reason()).isEqualTo("already imported, unchanged, in batch 1"));
      assertThat(count(s, "SELECT count(*) FROM cla_episode")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM import_batch")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aFileThatCannotBeReadLeavesTheStoreExactlyAsItWas(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      importer(s).importPaths(List.of(return903(2024, "A,2023-01-10,")), ctx(2024));
      Path good = return903(2025, "A,2023-01-10,2024-06-30");
      Path bad = return903(2025, "B,2024-05-01,", "FAIL");
      assertThatThrownBy(() -> importer(s).importPaths(List.of(good, bad), ctx(2025)))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "Episodes.csv: line 3, DECOM: not a date; expected a date. Nothing was imported:"
                  + " the store is unchanged.");
      assertThat(current(s)).containsExactly("A 2023-01-10..null from 2024");
      assertThat(count(s, "SELECT count(*) FROM import_batch")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM import_file")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aWriteTheStoreRefusesRollsBackEveryReturnOfTheImport(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path good = return903(2025, "A,2024-05-01,");
      Path other = return903(2025, "B,2024-05-01,");
      // Break the store's table for the second batch only: the first batch's rows must vanish too.
      ScriptedReader breaksSecondFile =
          new ScriptedReader() {
            private int files;

            @Override
            public org.caseflow.ingest.ReadResult read(
                Path file,
                ReadContext context,
                org.caseflow.ingest.RowSink sink,
                org.caseflow.ingest.Findings findings)
                throws org.caseflow.ingest.InputException, IOException {
              files++;
              org.caseflow.ingest.RowSink wrapped =
                  files == 2
                      ? (t, v) -> {
                        v[t.indexOf("start_date")] = "not a date";
                        sink.row(t, v);
                      }
                      : sink;
              return super.read(file, context, wrapped, findings);
            }
          };
      Importer failing = new Importer(s, format -> breaksSecondFile, CLOCK);
      assertThatThrownBy(() -> failing.importPaths(List.of(good, other), ctx(2025)))
          .isInstanceOf(ImportException.class)
          .hasMessageEndingWith("Nothing was imported: the store is unchanged.");
      assertThat(count(s, "SELECT count(*) FROM cla_episode")).isZero();
      assertThat(count(s, "SELECT count(*) FROM import_batch")).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void everyFileIsRecordedWithItsHashFormatAndRowsPerTable(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path f = return903(2025, "A,2024-05-01,", "B,2024-06-01,");
      importer(s).importPaths(List.of(f), ctx(2025));
      try (Statement st = s.connection().createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT f.file_name, f.sha256, f.format, f.table_rows, b.la, b.return_kind,"
                      + " b.collection_year, b.period_start FROM import_file f JOIN import_batch b"
                      + " ON b.batch_id = f.batch_id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Episodes.csv");
        assertThat(rs.getString(2)).isEqualTo(Importer.sha256(f)).hasSize(64);
        assertThat(rs.getString(3)).isEqualTo("SSDA903_CSV");
        assertThat(rs.getString(4)).isEqualTo("cla_episode=2");
        assertThat(rs.getString(5)).isEqualTo("808");
        assertThat(rs.getString(6)).isEqualTo("SSDA903");
        assertThat(rs.getInt(7)).isEqualTo(2025);
        assertThat(rs.getDate(8).toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 4, 1));
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void twoCouncilsShareOneStoreWithoutSupersedingEachOther(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      importer(s).importPaths(List.of(return903(2025, "A,2024-05-01,")), ctx(2025));
      importer(s)
          .importPaths(
              List.of(return903(2025, "A,2024-05-02,")),
              new ReadContext("807", new CollectionYear(2025)));
      assertThat(count(s, "SELECT count(*) FROM cla_episode WHERE is_current")).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aReturnThatNamesNoCouncilIsRefusedWithTheOptionToGive(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Path f = return903(2025, "A,2024-05-01,");
      assertThatThrownBy(() -> importer(s).importPaths(List.of(f), ReadContext.none()))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "Episodes.csv: SSDA903 files do not name their council, nor does any other file of"
                  + " the import; give its 3-digit DfE code with --la (e.g. --la 808). Nothing was"
                  + " imported.");
    }
  }

  @org.junit.jupiter.api.Test
  void aFailureIsExplainedWithoutTheValueTheDatabaseOrParserQuoted() {
    // A database's message quotes the offending row: the import's message must not.
    SQLException refused =
        new SQLException("Duplicate key \"child_id: SECRET-CHILD-7\" violates constraint", "23505");
    assertThat(Importer.reason(refused))
        .isEqualTo("SQLException, SQL state 23505")
        .doesNotContain("SECRET-CHILD-7");
    assertThat(Importer.reason(new IOException("bad value 'SECRET-CHILD-7' at line 3")))
        .isEqualTo("IOException");
    assertThat(Importer.reason(new IllegalStateException("SECRET-CHILD-7")))
        .isEqualTo("IllegalStateException");
    // A file-system failure keeps its reason, which names no child.
    assertThat(
            Importer.reason(
                new java.nio.file.AccessDeniedException("Episodes.csv", null, "Permission denied")))
        .isEqualTo("AccessDeniedException: Permission denied");
  }
}
