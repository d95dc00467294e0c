package org.caseflow.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;

/**
 * Data-quality caveats: the import findings (errors and warnings, not information) in the returns
 * whose rows a table's current data came from, on the fields that table holds.
 */
final class Caveats {
  /**
   * Findings of one kind on one field of a table.
   *
   * @param table the store table
   * @param code the finding's code
   * @param severity ERROR or WARNING
   * @param field the return's field
   * @param count how many
   */
  record Caveat(String table, String code, String severity, String field, long count) {}

  private Caveats() {}

  /** The caveats per store table, for the tables named. */
  static Map<String, List<Caveat>> of(Store store, String la, Set<String> tables)
      throws SQLException {
    Map<String, List<Caveat>> out = new LinkedHashMap<>();
    Connection c = store.connection();
    for (Table t : Table.values()) {
      if (!tables.contains(t.sqlName())) {
        continue;
      }
      Set<String> fields = new HashSet<>();
      for (Column col : t.columns()) {
        fields.add(col.source());
      }
      List<Caveat> list = new ArrayList<>();
      String sql =
          "SELECT f.code, f.severity, f.field, count(*) FROM import_finding f"
              + " JOIN import_batch b ON b.batch_id = f.batch_id"
              + " WHERE b.la = ? AND f.severity <> 'INFO' AND f.batch_id IN"
              + " (SELECT DISTINCT batch_id FROM "
              + t.sqlName()
              + " WHERE la = ? AND is_current)"
              + " GROUP BY f.code, f.severity, f.field ORDER BY f.code, f.field";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, la);
        ps.setString(2, la);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (fields.contains(rs.getString(3))) {
              list.add(
                  new Caveat(
                      t.sqlName(),
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4)));
            }
          }
        }
      }
      if (!list.isEmpty()) {
        out.put(t.sqlName(), list);
      }
    }
    return out;
  }
}
