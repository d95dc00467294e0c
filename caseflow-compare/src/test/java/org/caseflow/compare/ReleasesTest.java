package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesTest {
  @TempDir Path dir;

  @BeforeEach
  void useATemporaryFolder() {
    System.setProperty("caseflow.benchmarks", dir.resolve("loaded").toString());
  }

  @AfterEach
  void forgetIt() {
    System.clearProperty("caseflow.benchmarks");
  }

  private Path lait(String measure, String value) throws Exception {
    Path from = Files.createDirectories(dir.resolve("newer"));
    Path parquet = from.resolve("lait_bds_long_0.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM (VALUES ('"
              + measure
              + "', '2026', 'Stockton-on-Tees', '"
              + value
              + "', 808.0, 'North East')) t(\"Short Desc\", \"Years\", \"LA and Regions\","
              + " \"Values\", \"LA Number\", \"Region\")) TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    return from;
  }

  @Test
  void aNewerLaitReleaseIsCheckedCopiedAndReadWithSuppressionKept() throws Exception {
    Path from = lait("ReReferral", "c");
    assertThat(Releases.load(from)).containsExactly("lait_bds_long_0.parquet");
    Path loaded = dir.resolve("loaded/lait_bds_long_0.parquet");
    assertThat(loaded).exists();
    Published.Cell cell = Published.load(loaded).cell("ReReferral", "808", 2026).orElseThrow();
    assertThat(cell.isPublished()).isFalse();
    assertThat(cell.mark()).isEqualTo("c");
  }

  @Test
  void aFileThatIsNotTheLaitTableIsRefusedNamingIt() throws Exception {
    Path from = lait("SomethingElse", "1");
    assertThatThrownBy(() -> Releases.load(from))
        .hasMessage(
            "lait_bds_long_0.parquet: has no ReReferral measure; expected the LAIT long"
                + " table (bds_long)");
    assertThat(dir.resolve("loaded")).doesNotExist();
  }
}
