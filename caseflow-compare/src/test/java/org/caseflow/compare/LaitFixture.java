package org.caseflow.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small LAIT-shaped table written for a test: council 808 (Stockton-on-Tees), its ten bundled
 * statistical neighbours and England, with values given by hand. Years are written as LAIT writes
 * them ({@code 2024-25}, or {@code 2024} for the workforce census).
 */
final class LaitFixture {
  /** Stockton-on-Tees' ten neighbours in the bundled 2025 model, nearest first. */
  static final List<String> NEIGHBOURS =
      List.of("841", "332", "888", "390", "384", "351", "840", "372", "894", "344");

  private final Path dir;
  private final List<Object[]> rows = new ArrayList<>();

  private LaitFixture(Path dir) {
    this.dir = dir;
  }

  static LaitFixture in(Path dir) {
    return new LaitFixture(dir);
  }

  /** One published cell. */
  LaitFixture cell(String measure, String years, String la, String value) {
    rows.add(new Object[] {measure, years, la, value});
    return this;
  }

  /** Council 808's value, its ten neighbours' values (nearest first) and England's. */
  LaitFixture measure(
      String measure, String years, double own, double england, double... neighbours) {
    cell(measure, years, "808", text(own));
    cell(measure, years, "970", text(england));
    for (int k = 0; k < neighbours.length; k++) {
      cell(measure, years, NEIGHBOURS.get(k), text(neighbours[k]));
    }
    return this;
  }

  private static String text(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }

  Comparer comparer() throws Exception {
    Path parquet = Files.createTempFile(dir, "lait", ".parquet");
    Files.delete(parquet);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE t (\"Short Desc\" VARCHAR, \"Years\" VARCHAR, \"LA and Regions\" VARCHAR,"
              + " \"Values\" VARCHAR, \"LA Number\" DOUBLE, \"Region\" VARCHAR)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")) {
        for (Object[] r : rows) {
          String la = (String) r[2];
          ps.setString(1, (String) r[0]);
          ps.setString(2, (String) r[1]);
          ps.setString(3, la.equals("970") ? "England" : "Council " + la);
          ps.setString(4, (String) r[3]);
          ps.setDouble(5, Double.parseDouble(la));
          ps.setString(6, la.equals("970") ? "NA" : "North East");
          ps.executeUpdate();
        }
      }
      s.execute("COPY t TO '" + parquet + "' (FORMAT parquet)");
    }
    return new Comparer(Published.load(parquet), Neighbours.bundled());
  }
}
