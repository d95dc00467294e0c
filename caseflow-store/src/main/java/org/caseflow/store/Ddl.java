package org.caseflow.store;

import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;

/** The store's tables, generated from the canonical schema so the two cannot drift apart. */
final class Ddl {
  /** Columns the store adds in front of every canonical table's own columns. */
  static final List<String> STORE_COLUMNS =
      List.of("la", "batch_id", "collection_year", "is_current");

  /**
   * The column the store adds after a canonical table's own columns: the row's position among the
   * rows of its table in its batch, from 1, in the order the file holds them (for an SSDA903 CSV
   * table, data row N is line N + 1). Validation findings locate a row by it.
   */
  static final String ROW_NO = "row_no";

  /**
   * The column after it: the fields of the row that the file held but that could not be read as
   * their type (left null), written {@code ;DEC;MC_DOB;}, or null. The rules on a field's form read
   * it.
   */
  static final String UNREADABLE = "unreadable";

  private Ddl() {}

  static List<String> statements(Dialect dialect) {
    List<String> out = new ArrayList<>();
    out.add(
        "CREATE TABLE IF NOT EXISTS import_batch ("
            + "batch_id BIGINT PRIMARY KEY, la VARCHAR NOT NULL, return_kind VARCHAR NOT NULL,"
            + " collection_year INTEGER NOT NULL, period_start DATE NOT NULL,"
            + " period_end DATE NOT NULL, imported_at TIMESTAMP NOT NULL, reference_date DATE)");
    // The day the return describes (CIN census and SSDA903): its events dated later are kept but
    // not counted. A store made before it was kept gains the column, empty for its old batches.
    out.add("ALTER TABLE import_batch ADD COLUMN IF NOT EXISTS reference_date DATE");
    out.add(
        "CREATE TABLE IF NOT EXISTS import_file ("
            + "batch_id BIGINT NOT NULL, file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,"
            + " format VARCHAR NOT NULL, bytes BIGINT NOT NULL, table_rows VARCHAR NOT NULL,"
            + " read_millis BIGINT NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS import_table ("
            + "batch_id BIGINT NOT NULL, table_name VARCHAR NOT NULL, row_count INTEGER NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS import_finding ("
            + "batch_id BIGINT NOT NULL, code VARCHAR NOT NULL, severity VARCHAR NOT NULL,"
            + " file_name VARCHAR NOT NULL, location VARCHAR NOT NULL, field VARCHAR NOT NULL,"
            + " value VARCHAR, detail VARCHAR NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS import_finding_count ("
            + "batch_id BIGINT NOT NULL, code VARCHAR NOT NULL, finding_count INTEGER NOT NULL)");
    // Validation results, kept per batch so the dashboard and the report read them without running
    // the rules again. A new validation of a batch replaces its rows.
    out.add(
        "CREATE TABLE IF NOT EXISTS validation_run ("
            + "batch_id BIGINT NOT NULL, rule_set VARCHAR NOT NULL, rules_run INTEGER NOT NULL,"
            + " rules_skipped INTEGER NOT NULL, errors INTEGER NOT NULL, queries INTEGER NOT NULL,"
            + " millis BIGINT NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS validation_finding ("
            + "batch_id BIGINT NOT NULL, rule VARCHAR NOT NULL, severity VARCHAR NOT NULL,"
            + " child_id VARCHAR, table_name VARCHAR NOT NULL, location VARCHAR NOT NULL,"
            + " fields VARCHAR NOT NULL, field_values VARCHAR NOT NULL, message VARCHAR NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS validation_skip ("
            + "batch_id BIGINT NOT NULL, rule VARCHAR NOT NULL, reason VARCHAR NOT NULL)");
    // Append-only: the application inserts and never updates or deletes.
    out.add(
        "CREATE TABLE IF NOT EXISTS audit_log ("
            + "viewed_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL,"
            + " la VARCHAR, subject VARCHAR NOT NULL, children INTEGER NOT NULL)");
    // The dashboard's own tables: local accounts, and the actions a clinic agrees and follows up.
    out.add(
        "CREATE TABLE IF NOT EXISTS app_user ("
            + "user_name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL,"
            + " password_hash VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)");
    // A disabled account cannot sign in (a store made before accounts could be disabled gains it).
    out.add("ALTER TABLE app_user ADD COLUMN IF NOT EXISTS disabled_at TIMESTAMP");
    out.add(
        "CREATE TABLE IF NOT EXISTS clinic_action ("
            + "action_id BIGINT PRIMARY KEY, la VARCHAR NOT NULL, title VARCHAR NOT NULL,"
            + " raised_from VARCHAR NOT NULL, owner VARCHAR NOT NULL, due_date DATE NOT NULL,"
            + " status VARCHAR NOT NULL, raised_by VARCHAR NOT NULL, raised_at TIMESTAMP NOT NULL)");
    out.add(
        "CREATE TABLE IF NOT EXISTS clinic_action_update ("
            + "action_id BIGINT NOT NULL, written_at TIMESTAMP NOT NULL, author VARCHAR NOT NULL,"
            + " status VARCHAR NOT NULL, note VARCHAR NOT NULL)");
    // A person's own short lists of indicators on the scorecard (ids in order, comma-separated);
    // the one marked default opens when they open the scorecard.
    out.add(
        "CREATE TABLE IF NOT EXISTS clinic_short_list ("
            + "user_name VARCHAR NOT NULL, la VARCHAR NOT NULL, list_name VARCHAR NOT NULL,"
            + " indicators VARCHAR NOT NULL, is_default BOOLEAN NOT NULL,"
            + " saved_at TIMESTAMP NOT NULL)");
    for (Table t : Table.values()) {
      StringBuilder s = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(t.sqlName());
      s.append(" (la VARCHAR NOT NULL, batch_id BIGINT NOT NULL,")
          .append(" collection_year INTEGER NOT NULL, is_current BOOLEAN NOT NULL");
      for (Column c : t.columns()) {
        s.append(", ").append(c.name()).append(' ').append(dialect.sqlType(c.type()));
      }
      out.add(
          s.append(", ")
              .append(ROW_NO)
              .append(" INTEGER, ")
              .append(UNREADABLE)
              .append(" VARCHAR)")
              .toString());
      // A store made before rows were numbered gains the columns (empty for its old rows).
      out.add("ALTER TABLE " + t.sqlName() + " ADD COLUMN IF NOT EXISTS " + ROW_NO + " INTEGER");
      out.add(
          "ALTER TABLE " + t.sqlName() + " ADD COLUMN IF NOT EXISTS " + UNREADABLE + " VARCHAR");
      // A store made before a canonical column was added (e.g. child.is_uasc) gains it too.
      for (Column c : t.columns()) {
        out.add(
            "ALTER TABLE "
                + t.sqlName()
                + " ADD COLUMN IF NOT EXISTS "
                + c.name()
                + ' '
                + dialect.sqlType(c.type()));
      }
      if (dialect == Dialect.POSTGRESQL) {
        out.add(
            "CREATE INDEX IF NOT EXISTS "
                + t.sqlName()
                + "_la_batch ON "
                + t.sqlName()
                + " (la, batch_id)");
        if (t.column("child_id").isPresent()) {
          out.add(
              "CREATE INDEX IF NOT EXISTS "
                  + t.sqlName()
                  + "_la_child ON "
                  + t.sqlName()
                  + " (la, child_id)");
        }
      }
    }
    return out;
  }
}
