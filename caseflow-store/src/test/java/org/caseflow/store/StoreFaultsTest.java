package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk, a store held by another process, and opening a store only to read it. */
class StoreFaultsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path episodes(String... lines) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ssda903_" + System.nanoTime()));
    Path f = folder.resolve("Episodes.csv");
    Files.writeString(f, "CHILD,DECOM,DEC\n" + String.join("\n", lines) + "\n");
    return f;
  }

  private static long count(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anImportOnAFullDiskSaysTheDiskIsFullAndLeavesTheStoreAsItWas() throws Exception {
    try (Store s = Store.open(dir.resolve("store.duckdb").toString())) {
      // The engine's own words when the write-ahead log cannot grow, as DuckDB gives them.
      Importer.BatchStep diskFull =
          (c, d, b) -> {
            throw new SQLException(
                "IO Error: Could not write all bytes to file \"store.duckdb.wal\": wanted=4096"
                    + " wrote=0",
                new IOException("No space left on device"));
          };
      Importer importer = new Importer(s, format -> new ScriptedReader(), CLOCK, diskFull);
      assertThatThrownBy(
              () ->
                  importer.importPaths(
                      List.of(episodes("A,2024-05-01,")),
                      new ReadContext("808", new CollectionYear(2025))))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "the disk holding the store is full; free some space and try again. Nothing was"
                  + " imported: the store is unchanged.");
      assertThat(count(s, "SELECT count(*) FROM cla_episode")).isZero();
      assertThat(count(s, "SELECT count(*) FROM import_batch")).isZero();
    }
  }

  @Test
  void aFullDiskIsRecognisedFromTheCauseChainButAPermissionRefusalIsNot() {
    assertThat(StoreFault.of(new SQLException("x", new IOException("No space left on device"))))
        .isEqualTo(StoreFault.DISK_FULL);
    assertThat(StoreFault.of(new SQLException("IO Error: Could not write file \"a\": x")))
        .isEqualTo(StoreFault.DISK_FULL);
    assertThat(StoreFault.of(new SQLException("could not extend file", "53100")))
        .isEqualTo(StoreFault.DISK_FULL);
    assertThat(
            StoreFault.of(
                new SQLException("IO Error: Could not write file \"a\": Permission denied")))
        .isNull();
    assertThat(StoreFault.of(new SQLException("Constraint Error: duplicate key"))).isNull();
  }

  @Test
  void aStoreWhoseSchemaIsCurrentIsOpenedForReadingWithoutWritingAByte() throws Exception {
    Path file = dir.resolve("store.duckdb");
    try (Store s = Store.open(file.toString())) {
      new Importer(s, format -> new ScriptedReader(), CLOCK)
          .importPaths(
              List.of(episodes("A,2024-05-01,")), new ReadContext("808", new CollectionYear(2025)));
    }
    byte[] before = Files.readAllBytes(file);
    try (Store s = Store.openForReading(file.toString())) {
      assertThat(count(s, "SELECT count(*) FROM cla_episode")).isEqualTo(1);
      assertThat(s.description()).endsWith("(read-only)");
      // Nothing can be written through it: a full disk cannot fail what only reads.
      assertThatThrownBy(() -> s.connection().createStatement().execute("DELETE FROM cla_episode"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("store.duckdb.wal")).doesNotExist();
  }

  @Test
  void aCurrentStoreOpenedForWritingWritesNoSchemaEither() throws Exception {
    Path file = dir.resolve("store.duckdb");
    Store.open(file.toString()).close();
    byte[] before = Files.readAllBytes(file);
    Store.open(file.toString()).close();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aStoreMadeBeforeTheSchemaWasRecordedIsBroughtUpToDateWhenOpenedForReading()
      throws Exception {
    Path file = dir.resolve("store.duckdb");
    try (Store s = Store.open(file.toString())) {
      s.connection().createStatement().execute("DROP TABLE " + Store.SCHEMA_TABLE);
    }
    try (Store s = Store.openForReading(file.toString())) {
      assertThat(s.description()).doesNotEndWith("(read-only)");
      assertThat(s.schemaCurrent()).isTrue();
    }
  }

  @Test
  void aStoreThatAnotherProcessHoldsIsNamedAsInUse() throws Exception {
    Path file = dir.resolve("held.duckdb");
    Store.open(file.toString()).close();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldStore.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("holding");
      assertThatThrownBy(() -> Store.open(file.toString()))
          .isInstanceOf(StoreInUseException.class)
          .hasMessage(
              "the store "
                  + file.toAbsolutePath()
                  + " is in use by another caseflow process (a running dashboard?); stop it or"
                  + " use a copy");
      assertThatThrownBy(() -> Store.openForReading(file.toString()))
          .isInstanceOf(StoreInUseException.class);
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(20, TimeUnit.SECONDS);
      holder.destroy();
    }
  }

  /** Holds a store open, as a running dashboard does, until its input closes. */
  static final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
      try (Store s = Store.open(args[0])) {
        System.out.println("holding");
        System.out.flush();
        System.in.read();
      }
    }
  }
}
