package org.caseflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.caseflow.domain.schema.Supersede;
import org.caseflow.domain.schema.Table;

/**
 * Recomputes which rows are current for one council and one table after an import, following the
 * table's {@link Supersede} rule. Recomputing from all batches (rather than patching from the
 * newest) makes the result independent of the order in which years were imported. A row dated after
 * its batch's reference date is never current ({@link LateEvents}).
 */
final class Supersession {
  private Supersession() {}

  static void recompute(Connection connection, Table table, String la) throws SQLException {
    String t = table.sqlName();
    String kind = table.kind().name();
    // A later batch of the same return that delivered this table.
    String laterBatch =
        "SELECT 1 FROM import_batch b JOIN import_table it ON it.batch_id = b.batch_id"
            + " AND it.table_name = '"
            + t
            + "' WHERE b.la = "
            + t
            + ".la AND b.return_kind = '"
            + kind
            + "'";
    Supersede rule = table.supersede();
    String sql =
        switch (rule.rule()) {
          case SPAN ->
              "UPDATE "
                  + t
                  + " SET is_current = NOT EXISTS ("
                  + laterBatch
                  + " AND ((b.collection_year > "
                  + t
                  + ".collection_year AND ("
                  + t
                  + "."
                  + rule.column()
                  + " IS NULL OR "
                  + t
                  + "."
                  + rule.column()
                  + " >= b.period_start)) OR (b.collection_year = "
                  + t
                  + ".collection_year AND b.batch_id > "
                  + t
                  + ".batch_id))) WHERE la = ?";
          case YEAR ->
              "UPDATE "
                  + t
                  + " SET is_current = NOT EXISTS ("
                  + laterBatch
                  + " AND b.collection_year = "
                  + t
                  + ".collection_year AND b.batch_id > "
                  + t
                  + ".batch_id) WHERE la = ?";
          case PER_CHILD -> perChild(table);
          case PER_KEY -> perKey(table);
          case CIN_EPISODE ->
              "UPDATE "
                  + t
                  + " SET is_current = COALESCE((SELECT e.is_current FROM cin_episode e"
                  + " WHERE e.batch_id = "
                  + t
                  + ".batch_id AND e.child_id = "
                  + t
                  + ".child_id AND e.episode_no = "
                  + t
                  + ".episode_no), FALSE) WHERE la = ?";
        };
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, la);
      ps.executeUpdate();
    }
    LateEvents.exclude(connection, table, la);
  }

  /**
   * Superseded when a later batch (a later year, or a later import of the same year) holds a row
   * with the same key.
   */
  private static String perKey(Table table) {
    String t = table.sqlName();
    String key = table.supersede().column();
    return "UPDATE "
        + t
        + " SET is_current = NOT EXISTS (SELECT 1 FROM "
        + t
        + " l WHERE l.la = "
        + t
        + ".la AND l."
        + key
        + " = "
        + t
        + "."
        + key
        + " AND (l.collection_year > "
        + t
        + ".collection_year OR (l.collection_year = "
        + t
        + ".collection_year AND l.batch_id > "
        + t
        + ".batch_id))) WHERE la = ?";
  }

  /**
   * One row set per child: superseded when a later batch (a later year, or a resubmission of the
   * same year) holds the same child in the same table (for children, from the same return).
   */
  private static String perChild(Table table) {
    String t = table.sqlName();
    String sameSource = table == Table.CHILD ? " AND l.source = " + t + ".source" : "";
    String holder = table == Table.CHILD_DISABILITY ? "child" : t;
    String holderSource = table == Table.CHILD_DISABILITY ? " AND l.source = 'CIN_CENSUS'" : "";
    return "UPDATE "
        + t
        + " SET is_current = NOT EXISTS (SELECT 1 FROM "
        + holder
        + " l WHERE l.la = "
        + t
        + ".la AND l.child_id = "
        + t
        + ".child_id"
        + sameSource
        + holderSource
        + " AND (l.collection_year > "
        + t
        + ".collection_year OR (l.collection_year = "
        + t
        + ".collection_year AND l.batch_id > "
        + t
        + ".batch_id))) WHERE la = ?";
  }
}
