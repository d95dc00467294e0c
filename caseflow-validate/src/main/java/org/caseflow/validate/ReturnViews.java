package org.caseflow.validate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;

/**
 * The views a rule reads, made for one return (one import batch) on one connection and dropped
 * after. For each canonical table {@code t} of the return:
 *
 * <ul>
 *   <li>{@code v_t}: the rows of this return;
 *   <li>{@code last_t}: the rows of the same council's return of the year before (its latest
 *       import), absent when none is loaded;
 *   <li>{@code hist_t}: the rows of every year's return of the council up to this one (the latest
 *       import of each year, this return for its own year), each with its {@code collection_year}.
 * </ul>
 *
 * <p>Besides: {@code v_return} (one row: {@code la}, {@code collection_year} as its ending year,
 * {@code year_start}, {@code reference_date}, {@code batch_id}) and {@code v_import_finding} (the
 * findings the import recorded while reading the files), and {@code v_ofsted_provider}: the rows of
 * the Ofsted provider lists (national: whichever council loaded them), for each scope (children's
 * homes, other providers) the list dated nearest the return's reference date (the latest dated on
 * or before it, else the earliest), absent when no list is loaded. Every row has {@code row_no},
 * its position in its table in the file, from 1.
 */
final class ReturnViews implements AutoCloseable {
  /** The views of one return, and which of them the return cannot fill. */
  private final Connection connection;

  private final List<String> created = new ArrayList<>();
  private final Set<String> known = new java.util.HashSet<>();
  private Set<String> needed = Set.of();
  private final Map<String, String> absent = new LinkedHashMap<>();
  private final ReturnKind kind;
  private final CollectionYear year;
  private final String la;

  private ReturnViews(Connection connection, ReturnKind kind, CollectionYear year, String la) {
    this.connection = connection;
    this.kind = kind;
    this.year = year;
    this.la = la;
  }

  /** The return an import batch holds. */
  record Batch(long batchId, String la, ReturnKind kind, CollectionYear year) {}

  static Batch batch(Connection c, long batchId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT la, return_kind, collection_year FROM import_batch WHERE batch_id = ?")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no import batch " + batchId);
        }
        return new Batch(
            batchId,
            rs.getString(1),
            ReturnKind.valueOf(rs.getString(2)),
            new CollectionYear(rs.getInt(3)));
      }
    }
  }

  /** The years of the return the council has loaded up to this one's, earliest first. */
  static List<CollectionYear> history(Connection c, Batch b) throws SQLException {
    List<CollectionYear> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT collection_year FROM import_batch WHERE la = ? AND return_kind = ?"
                + " AND collection_year <= ? ORDER BY 1")) {
      ps.setString(1, b.la());
      ps.setString(2, b.kind().name());
      ps.setInt(3, b.year().endYear());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CollectionYear(rs.getInt(1)));
        }
      }
    }
    return out;
  }

  /** The canonical tables a return fills: its own and the children's. */
  static Set<Table> tablesOf(ReturnKind kind) {
    Set<Table> out = EnumSet.of(Table.CHILD);
    for (Table t : Table.values()) {
      if (t.kind() == kind) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Makes the views the rules given need (each copied once into a temporary table); the others are
   * known, for {@link #exists}, but not made.
   */
  static ReturnViews create(Connection c, Batch b, Set<String> needed) throws SQLException {
    ReturnViews v = new ReturnViews(c, b.kind(), b.year(), b.la());
    v.needed = needed;
    try {
      v.make(b.batchId());
    } catch (SQLException | RuntimeException e) {
      v.close();
      throw e;
    }
    return v;
  }

  private void make(long batchId) throws SQLException {
    String laLiteral = "'" + la.replace("'", "''") + "'";
    int y = year.endYear();
    Long last = latestBatch(y - 1);
    Set<String> delivered = delivered(batchId);
    Set<String> deliveredLast = last == null ? Set.of() : delivered(last);
    String years =
        "SELECT max(batch_id) FROM import_batch WHERE la = "
            + laLiteral
            + " AND return_kind = '"
            + kind.name()
            + "' AND collection_year < "
            + y
            + " GROUP BY collection_year";
    view(
        "v_return",
        "SELECT CAST("
            + laLiteral
            + " AS VARCHAR) AS la, "
            + y
            + " AS collection_year, DATE '"
            + year.start()
            + "' AS year_start, DATE '"
            + year.end()
            + "' AS reference_date, CAST("
            + batchId
            + " AS BIGINT) AS batch_id");
    view("v_import_finding", "SELECT * FROM import_finding WHERE batch_id = " + batchId);
    String providers = Table.OFSTED_PROVIDER.sqlName();
    // For each scope (children's homes, other providers), the list dated nearest the reference
    // date: the latest dated on or before it, else the earliest; of several councils' imports of
    // that list, the latest.
    view(
        "v_" + providers,
        "SELECT p.* FROM "
            + providers
            + " p WHERE p.is_current AND p.list_date = (SELECT coalesce(max(CASE WHEN q.list_date"
            + " <= DATE '"
            + year.end()
            + "' THEN q.list_date END), min(q.list_date)) FROM "
            + providers
            + " q WHERE q.is_current AND coalesce(q.list_scope, '') = coalesce(p.list_scope,"
            + " '')) AND p.batch_id = (SELECT max(k.batch_id) FROM "
            + providers
            + " k WHERE k.is_current AND coalesce(k.list_key, '') = coalesce(p.list_key, ''))");
    if (needed.contains("v_" + providers) && !anyRow("v_" + providers)) {
      absent.put("v_" + Table.OFSTED_PROVIDER.sqlName(), "no Ofsted provider list is loaded");
    }
    for (Table t : tablesOf(kind)) {
      String n = t.sqlName();
      view("v_" + n, "SELECT * FROM " + n + " WHERE batch_id = " + batchId);
      if (!delivered.contains(n)) {
        absent.put("v_" + n, "the return has no " + label(t) + " table");
      }
      view(
          "last_" + n,
          "SELECT * FROM " + n + " WHERE batch_id = " + (last == null ? -1 : last.longValue()));
      if (last == null) {
        absent.put(
            "last_" + n,
            "no "
                + kind.label()
                + " return for "
                + new CollectionYear(y - 1).label()
                + " is loaded");
      } else if (!deliveredLast.contains(n)) {
        absent.put(
            "last_" + n,
            "the " + new CollectionYear(y - 1).label() + " return has no " + label(t) + " table");
      }
      view(
          "hist_" + n,
          "SELECT * FROM "
              + n
              + " WHERE batch_id = "
              + batchId
              + " OR batch_id IN ("
              + years
              + ")");
    }
  }

  /** The table's name in the return. */
  static String label(Table t) {
    return switch (t) {
      case CHILD -> "Header";
      case CLA_EPISODE -> "Episodes";
      case CLA_REVIEW -> "Reviews";
      case UASC -> "UASC";
      case HEALTH_OUTCOME -> "OC2";
      case CARE_LEAVER -> "OC3";
      case ADOPTION -> "AD1";
      case PLACED_FOR_ADOPTION -> "PlacedAdoption";
      case PREVIOUS_PERMANENCE -> "PrevPerm";
      case MISSING_EPISODE -> "Missing";
      case SOCIAL_WORKER_EPISODE -> "SWEpisodes";
      case DEPRIVATION_OF_LIBERTY -> "DoLo";
      case CIN_EPISODE -> "CINdetails";
      case ASSESSMENT -> "Assessments";
      case ASSESSMENT_FACTOR -> "Assessments";
      case CIN_PLAN -> "CINplanDates";
      case SECTION47 -> "Section47";
      case CP_PLAN -> "ChildProtectionPlans";
      case CP_REVIEW -> "Reviews";
      case CHILD_DISABILITY -> "Disabilities";
      default -> t.sqlName();
    };
  }

  /** The return's tables (as the DfE names them in its rules) that a canonical table holds. */
  static List<String> dfeTables(ReturnKind kind, Table t) {
    if (t == Table.CHILD) {
      return kind == ReturnKind.CIN_CENSUS
          ? List.of("ChildIdentifiers", "ChildCharacteristics")
          : List.of("Header");
    }
    return t.kind() == kind ? List.of(label(t)) : List.of();
  }

  private boolean anyRow(String table) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private Long latestBatch(int collectionYear) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT max(batch_id) FROM import_batch WHERE la = ? AND return_kind = ?"
                + " AND collection_year = ?")) {
      ps.setString(1, la);
      ps.setString(2, kind.name());
      ps.setInt(3, collectionYear);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long b = rs.getLong(1);
        return rs.wasNull() ? null : b;
      }
    }
  }

  private Set<String> delivered(long batchId) throws SQLException {
    Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT table_name FROM import_table WHERE batch_id = ?")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * Makes one of the views as a temporary table: the return's rows are copied once, so that the
   * hundreds of rules that read them scan only this return, not every year's rows in the store.
   */
  private void view(String name, String select) throws SQLException {
    known.add(name);
    if (!needed.contains(name)) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + name);
      s.execute("CREATE TEMPORARY TABLE " + name + " AS " + select);
    }
    created.add(name);
  }

  /** Why the view cannot be read for this return, or null when it can. */
  String absent(String view) {
    return absent.get(view);
  }

  /** Whether a view of that name was made (a rule naming another is a fault in the rule). */
  boolean exists(String view) {
    return known.contains(view);
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (int i = created.size() - 1; i >= 0; i--) {
        s.execute("DROP TABLE IF EXISTS " + created.get(i));
      }
    }
    created.clear();
  }
}
