package org.caseflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;

/**
 * Events dated after their return's reference date ({@code import_batch.reference_date}): a
 * referral, assessment, plan, enquiry, review or episode that had not happened on the day the
 * return describes. The row is kept (validation reports it), recorded as an {@code
 * event_not_counted} finding, and never current, so no figure counts it. A batch without a
 * reference date (the returns that have none, and batches stored before it was kept) leaves out
 * nothing.
 */
final class LateEvents {
  /** The date that makes a row an event, per table; tables not listed hold no events. */
  private static final Map<Table, String> DATED_BY = datedBy();

  private LateEvents() {}

  private static Map<Table, String> datedBy() {
    Map<Table, String> m = new EnumMap<>(Table.class);
    m.put(Table.CIN_EPISODE, "referral_date");
    m.put(Table.ASSESSMENT, "start_date");
    m.put(Table.CIN_PLAN, "start_date");
    m.put(Table.SECTION47, "start_date");
    m.put(Table.CP_PLAN, "start_date");
    m.put(Table.CP_REVIEW, "review_date");
    m.put(Table.PRE_PROCEEDINGS, "start_date");
    m.put(Table.CLA_EPISODE, "start_date");
    m.put(Table.CLA_REVIEW, "review_date");
    m.put(Table.PLACED_FOR_ADOPTION, "decision_date");
    m.put(Table.MISSING_EPISODE, "start_date");
    m.put(Table.SOCIAL_WORKER_EPISODE, "start_date");
    m.put(Table.DEPRIVATION_OF_LIBERTY, "start_date");
    return m;
  }

  /** The column whose date makes a row of the table an event, if its rows are events. */
  static Optional<Column> datedBy(Table table) {
    return Optional.ofNullable(DATED_BY.get(table)).flatMap(table::column);
  }

  /**
   * Records one {@code event_not_counted} finding per row of one file's table dated after the
   * reference date, and returns how many there were.
   *
   * @param rowsBefore the rows of the same table and batch from earlier files (rows are numbered
   *     from {@code rowsBefore + 1})
   */
  static int record(
      Table table,
      List<Object[]> rows,
      int rowsBefore,
      LocalDate referenceDate,
      String file,
      Findings out) {
    Optional<Column> column = datedBy(table);
    if (referenceDate == null || column.isEmpty()) {
      return 0;
    }
    int at = table.indexOf(column.get().name());
    String field = column.get().source();
    int n = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i)[at] instanceof LocalDate d && d.isAfter(referenceDate)) {
        n++;
        out.add(
            new Finding(
                FindingType.EVENT_NOT_COUNTED,
                file,
                table.sqlName() + " row " + (rowsBefore + i + 1),
                field,
                d.toString(),
                "after the reference date " + referenceDate + ": kept, not counted"));
      }
    }
    return n;
  }

  /**
   * Makes the council's rows of the table dated after their batch's reference date not current.
   * Runs after the table's supersede rule has set {@code is_current} afresh; the factors of an
   * assessment follow the assessment.
   */
  static void exclude(Connection connection, Table table, String la) throws SQLException {
    String t = table.sqlName();
    String sql;
    if (table == Table.ASSESSMENT_FACTOR) {
      sql =
          "UPDATE "
              + t
              + " SET is_current = FALSE WHERE la = ? AND is_current AND EXISTS (SELECT 1 FROM"
              + " assessment a JOIN import_batch b ON b.batch_id = a.batch_id WHERE a.batch_id = "
              + t
              + ".batch_id AND a.child_id = "
              + t
              + ".child_id AND a.episode_no = "
              + t
              + ".episode_no AND a.assessment_no = "
              + t
              + ".assessment_no AND a.start_date > b.reference_date)";
    } else if (DATED_BY.containsKey(table)) {
      sql =
          "UPDATE "
              + t
              + " SET is_current = FALSE WHERE la = ? AND is_current AND "
              + DATED_BY.get(table)
              + " > (SELECT b.reference_date FROM import_batch b WHERE b.batch_id = "
              + t
              + ".batch_id)";
    } else {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, la);
      ps.executeUpdate();
    }
  }
}
