package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.caseflow.measure.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranks with both polarities, on a small LAIT-shaped table written for the test. */
class RankTest {
  @TempDir Path dir;

  private Comparer comparer() throws Exception {
    Path parquet = dir.resolve("lait.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM (VALUES"
              + " ('M', '2025', 'A', '10', 801.0, 'North East'),"
              + " ('M', '2025', 'B', '20', 802.0, 'North East'),"
              + " ('M', '2025', 'C', '20', 803.0, 'North East'),"
              + " ('M', '2025', 'D', '30', 804.0, 'North East'),"
              + " ('M', '2025', 'E', 'c', 805.0, 'North East'),"
              + " ('M', '2025', 'England', '99', 970.0, 'NA'))"
              + " t(\"Short Desc\", \"Years\", \"LA and Regions\", \"Values\", \"LA Number\","
              + " \"Region\")) TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    return new Comparer(Published.load(parquet), Neighbours.bundled());
  }

  @Test
  void higherIsBetterRanksTheHighestFirstAndTiesShareTheBestRank() throws Exception {
    Comparer c = comparer();
    assertThat(c.compare("M", "804", 2025, Polarity.HIGH).orElseThrow().rank()).isEqualTo(1);
    assertThat(c.compare("M", "802", 2025, Polarity.HIGH).orElseThrow().rank()).isEqualTo(2);
    assertThat(c.compare("M", "803", 2025, Polarity.HIGH).orElseThrow().rank()).isEqualTo(2);
    assertThat(c.compare("M", "801", 2025, Polarity.HIGH).orElseThrow().rank()).isEqualTo(4);
  }

  @Test
  void lowerIsBetterRanksTheLowestFirstAndSuppressedCouncilsAreNotRanked() throws Exception {
    Comparer c = comparer();
    Benchmark best = c.compare("M", "801", 2025, Polarity.LOW).orElseThrow();
    assertThat(best.rank()).isEqualTo(1);
    assertThat(best.ranked()).isEqualTo(4);
    assertThat(c.compare("M", "804", 2025, Polarity.LOW).orElseThrow().rank()).isEqualTo(4);
    assertThat(c.compare("M", "805", 2025, Polarity.LOW).orElseThrow().rank()).isNull();
    assertThat(best.england()).isEqualTo(99.0);
  }

  @Test
  void aMeasureWithNoPolarityIsNeitherRankedNorBanded() throws Exception {
    Benchmark b = comparer().compare("M", "801", 2025, Polarity.NONE).orElseThrow();
    assertThat(b.rank()).isNull();
    assertThat(b.band()).isNull();
    assertThat(b.ranked()).isEqualTo(4);
  }
}
