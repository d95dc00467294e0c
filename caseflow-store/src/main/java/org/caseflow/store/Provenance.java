package org.caseflow.store;

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

/**
 * Where a canonical table's current rows came from, and what the imports found wrong with them: the
 * provenance and the import findings of the figures that read the table. The one place the report,
 * the dashboard and the command line read them from (none of them writes SQL for it).
 */
public final class Provenance {
  /**
   * An import that delivered some of a table's current rows.
   *
   * @param table the store table
   * @param batchId the import batch
   * @param returnKind the return's kind, as stored ({@code CIN_CENSUS}, {@code SSDA903}, ...)
   * @param collectionYear the collection year, by its end year (2025 for 2024-25)
   * @param files the batch's file names, comma separated
   */
  public record Source(
      String table, long batchId, String returnKind, int collectionYear, String files) {}

  /**
   * Import findings of one kind on one field of a table (errors and warnings, not information), in
   * the imports the table's current rows came from.
   *
   * @param table the store table
   * @param code the finding's code
   * @param severity {@code ERROR} or {@code WARNING}
   * @param field the return's field, one the table holds
   * @param example one finding's detail, as an example (it may quote a value from a return, so it
   *     is for the roles that see case-level data)
   * @param count how many
   */
  public record Finding(
      String table, String code, String severity, String field, String example, long count) {}

  private Provenance() {}

  /** The imports behind each table's current rows for the council, newest first, by table. */
  public static Map<Table, List<Source>> sources(Connection c, String la, Set<Table> tables)
      throws SQLException {
    Map<Table, List<Source>> out = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      if (!tables.contains(t)) {
        continue;
      }
      List<Source> list = new ArrayList<>();
      String sql =
          "SELECT b.batch_id, b.return_kind, b.collection_year, string_agg(f.file_name, ', ')"
              + " FROM import_batch b LEFT JOIN import_file f ON f.batch_id = b.batch_id"
              + " WHERE b.la = ? AND b.batch_id IN (SELECT DISTINCT batch_id FROM "
              + t.sqlName()
              + " WHERE la = ? AND is_current)"
              + " GROUP BY b.batch_id, b.return_kind, b.collection_year"
              + " ORDER BY b.batch_id DESC";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, la);
        ps.setString(2, la);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String files = rs.getString(4);
            list.add(
                new Source(
                    t.sqlName(),
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    files == null ? "" : files));
          }
        }
      }
      out.put(t, List.copyOf(list));
    }
    return out;
  }

  /**
   * The import findings (errors and warnings) on the fields each table holds, in the imports its
   * current rows came from, by table; a table without any maps to an empty list.
   */
  public static Map<Table, List<Finding>> findings(Connection c, String la, Set<Table> tables)
      throws SQLException {
    Map<Table, List<Finding>> out = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      if (!tables.contains(t)) {
        continue;
      }
      Set<String> fields = new HashSet<>();
      for (Column col : t.columns()) {
        fields.add(col.source());
      }
      List<Finding> list = new ArrayList<>();
      String sql =
          "SELECT f.code, f.severity, f.field, min(f.detail), count(*) FROM import_finding f"
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
                  new Finding(
                      t.sqlName(),
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getLong(5)));
            }
          }
        }
      }
      out.put(t, List.copyOf(list));
    }
    return out;
  }

  /** The collection years (by end year) any return was loaded for, for the council. */
  public static Set<Integer> collectionYears(Connection c, String la) throws SQLException {
    Set<Integer> out = new java.util.TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT DISTINCT collection_year FROM import_batch WHERE la = ?")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    }
    return out;
  }
}
