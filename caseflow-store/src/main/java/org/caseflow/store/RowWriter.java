package org.caseflow.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes buffered rows into a canonical table, inside the caller's transaction. */
final class RowWriter {
  private RowWriter() {}

  static void write(
      Connection connection,
      Dialect dialect,
      Table table,
      String la,
      long batchId,
      int year,
      List<Object[]> rows)
      throws SQLException {
    write(connection, dialect, table, la, batchId, year, rows, 0);
  }

  /**
   * Writes the rows, numbering them from {@code rowsBefore + 1} (the rows of the same table and
   * batch already written, from an earlier file of the batch).
   */
  static void write(
      Connection connection,
      Dialect dialect,
      Table table,
      String la,
      long batchId,
      int year,
      List<Object[]> rows,
      int rowsBefore)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (dialect == Dialect.DUCKDB) {
      appendDuckDb(
          connection.unwrap(DuckDBConnection.class), table, la, batchId, year, rows, rowsBefore);
    } else {
      insertBatched(connection, table, la, batchId, year, rows, rowsBefore);
    }
  }

  private static void appendDuckDb(
      DuckDBConnection connection,
      Table table,
      String la,
      long batchId,
      int year,
      List<Object[]> rows,
      int rowsBefore)
      throws SQLException {
    List<Column> columns = table.columns();
    int rowNo = rowsBefore;
    try (DuckDBAppender a =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.sqlName())) {
      for (Object[] row : rows) {
        a.beginRow();
        a.append(la).append(batchId).append(year).append(true);
        for (int i = 0; i < columns.size(); i++) {
          Object v = row[i];
          if (v == null) {
            a.appendNull();
          } else {
            switch (columns.get(i).type()) {
              case TEXT -> a.append((String) v);
              case DATE -> a.append((LocalDate) v);
              case INTEGER -> a.append(((Integer) v).intValue());
              case BOOLEAN -> a.append(((Boolean) v).booleanValue());
              case DECIMAL -> a.append(((Double) v).doubleValue());
            }
          }
        }
        a.append(++rowNo);
        if (row.length > columns.size() && row[columns.size()] != null) {
          a.append((String) row[columns.size()]);
        } else {
          a.appendNull();
        }
        a.endRow();
      }
      a.flush();
    }
  }

  private static void insertBatched(
      Connection connection,
      Table table,
      String la,
      long batchId,
      int year,
      List<Object[]> rows,
      int rowsBefore)
      throws SQLException {
    List<Column> columns = table.columns();
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table.sqlName())
            .append(" (la, batch_id, collection_year, is_current");
    for (Column c : columns) {
      sql.append(", ").append(c.name());
    }
    sql.append(", ").append(Ddl.ROW_NO).append(", ").append(Ddl.UNREADABLE);
    sql.append(") VALUES (?, ?, ?, TRUE").append(", ?".repeat(columns.size() + 2)).append(')');
    int rowNo = rowsBefore;
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      int pending = 0;
      for (Object[] row : rows) {
        ps.setString(1, la);
        ps.setLong(2, batchId);
        ps.setInt(3, year);
        for (int i = 0; i < columns.size(); i++) {
          Object v = row[i];
          int p = i + 4;
          switch (columns.get(i).type()) {
            case TEXT -> ps.setString(p, (String) v);
            case DATE -> {
              if (v == null) {
                ps.setNull(p, Types.DATE);
              } else {
                ps.setDate(p, Date.valueOf((LocalDate) v));
              }
            }
            case INTEGER -> ps.setObject(p, v, Types.INTEGER);
            case BOOLEAN -> ps.setObject(p, v, Types.BOOLEAN);
            case DECIMAL -> ps.setObject(p, v, Types.DOUBLE);
          }
        }
        ps.setInt(columns.size() + 4, ++rowNo);
        ps.setString(
            columns.size() + 5, row.length > columns.size() ? (String) row[columns.size()] : null);
        ps.addBatch();
        if (++pending == 5_000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }
}
