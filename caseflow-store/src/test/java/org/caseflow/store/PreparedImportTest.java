package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import read before the store is taken, then stored. */
class PreparedImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void filesArePreparedWithoutTheStoreAndStoredLaterOnceOnly() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("ssda903_2025"));
    Path f = folder.resolve("Episodes.csv");
    Files.writeString(f, "CHILD,DECOM,DEC\nA,2024-05-01,\nB,2024-06-01,\n");
    ReadContext ctx = new ReadContext("808", new CollectionYear(2025));
    // Reading must not touch the store: this one is closed before it is used.
    Store closed = Store.open(dir.resolve("closed.duckdb").toString());
    closed.close();
    Importer.Prepared prepared =
        new Importer(closed, format -> new ScriptedReader(), CLOCK).prepare(List.of(f), ctx);
    assertThat(prepared.files()).isEqualTo(1);
    try (Store s = Store.open(dir.resolve("store.duckdb").toString())) {
      Importer importer = new Importer(s, format -> new ScriptedReader(), CLOCK);
      ImportReport first = importer.importPrepared(prepared);
      assertThat(first.batches()).hasSize(1);
      assertThat(first.totalRows()).isEqualTo(2);
      ImportReport again = importer.importPrepared(prepared);
      assertThat(again.batches()).isEmpty();
      assertThat(again.skipped())
          .extracting(ImportReport.Skipped::reason)
          .containsExactly("already imported, unchanged, in batch 1");
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM cla_episode")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
      }
    }
  }
}
