package org.caseflow.measure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of exception lists: one SQL file per list under {@code lists/}, in file-name order,
 * its declaration in its header ({@code -- id:}, {@code title:}, {@code timescale:}, {@code
 * source:}, the column headings {@code start:}, {@code last:}, {@code due:}, {@code overdue:},
 * {@code detail:}, and {@code not held:}); a line {@code -- include: NAME} takes in {@code
 * lists/parts/NAME.sql}. A query reads {@code :la}, {@code :ref} (the reference date, passed in: no
 * clock is read) and {@code :year} (the collection year containing it) and returns {@code child_id,
 * team, worker, age, start_date, last_date, due_date, overdue, detail}.
 */
public final class ExceptionLists {
  private static final Pattern LA = Pattern.compile("[0-9A-Za-z]{1,10}");
  private static final Pattern INCLUDE = Pattern.compile("(?m)^-- include: ([a-z_]+)\\s*$");

  private final List<ExceptionList> lists;
  private final String allocation;

  private ExceptionLists(List<ExceptionList> lists, String allocation) {
    this.lists = List.copyOf(lists);
    this.allocation = allocation;
  }

  /**
   * A child's team and worker, as the exception lists give them.
   *
   * @param team the team, or null
   * @param worker the worker, or null
   */
  public record Allocation(String team, String worker) {}

  /** The bundled lists. */
  public static ExceptionLists load() {
    Map<String, String> files = Resources.under(ExceptionLists.class, "lists");
    List<ExceptionList> out = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().startsWith("parts/") || !f.getKey().endsWith(".sql")) {
        continue;
      }
      out.add(parse(f.getKey(), f.getValue(), files));
    }
    return new ExceptionLists(out, files.get("parts/allocation.sql"));
  }

  /** Every list, in order. */
  public List<ExceptionList> all() {
    return lists;
  }

  /** The list with the id. */
  public Optional<ExceptionList> find(String id) {
    return lists.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  static ExceptionList parse(String name, String text, Map<String, String> files) {
    Map<String, String> header = new LinkedHashMap<>();
    String key = null;
    StringBuilder body = new StringBuilder();
    boolean inHeader = true;
    for (String line : text.split("\n", -1)) {
      if (inHeader && line.startsWith("--   ") && key != null) {
        header.put(key, header.get(key) + " " + line.substring(5).trim());
      } else if (inHeader && line.startsWith("-- ") && line.indexOf(':') > 3) {
        key = line.substring(3, line.indexOf(':')).trim();
        header.put(key, line.substring(line.indexOf(':') + 1).trim());
      } else {
        inHeader = false;
        body.append(line).append('\n');
      }
    }
    String sql = body.toString().trim();
    var m = INCLUDE.matcher(sql);
    StringBuilder joined = new StringBuilder();
    while (m.find()) {
      String part = files.get("parts/" + m.group(1) + ".sql");
      if (part == null) {
        throw new IllegalStateException(
            name + " includes a part that is not bundled: " + m.group(1));
      }
      m.appendReplacement(joined, java.util.regex.Matcher.quoteReplacement(part.trim()));
    }
    m.appendTail(joined);
    for (String required : List.of("id", "title", "timescale", "source")) {
      if (!header.containsKey(required)) {
        throw new IllegalStateException(name + " has no '" + required + ":' in its header");
      }
    }
    String query = joined.toString().trim();
    if (query.isEmpty() && !header.containsKey("not held")) {
      throw new IllegalStateException(name + " has no query and does not say what is not held");
    }
    return new ExceptionList(
        header.get("id"),
        header.get("title"),
        header.get("timescale"),
        header.get("source"),
        header.get("start"),
        header.get("last"),
        header.get("due"),
        header.getOrDefault("overdue", "Days"),
        header.get("detail"),
        header.get("not held"),
        query.isEmpty() ? null : query);
  }

  /**
   * The children on the list for the council on the reference date, most overdue first (then by
   * child id, so the order is stable). A list that cannot be drawn gives none.
   */
  public List<ExceptionRow> rows(Connection c, ExceptionList list, String la, LocalDate reference)
      throws SQLException {
    if (!list.drawn()) {
      return List.of();
    }
    String sql =
        "SELECT * FROM ("
            + bind(list.sql(), la, reference)
            + ") q ORDER BY q.overdue DESC NULLS LAST, q.child_id";
    List<ExceptionRow> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(
            new ExceptionRow(
                rs.getString("child_id"),
                rs.getString("team"),
                rs.getString("worker"),
                integer(rs, "age"),
                date(rs, "start_date"),
                date(rs, "last_date"),
                date(rs, "due_date"),
                integer(rs, "overdue"),
                rs.getString("detail")));
      }
    }
    return out;
  }

  /**
   * Every child's team and worker on the reference date (the lists' {@code allocation} part), for
   * the child lists behind a figure.
   */
  public Map<String, Allocation> allocations(Connection c, String la, LocalDate reference)
      throws SQLException {
    Map<String, Allocation> out = new java.util.HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(bind(allocation, la, reference))) {
      while (rs.next()) {
        out.put(
            rs.getString("child_id"), new Allocation(rs.getString("team"), rs.getString("worker")));
      }
    }
    return out;
  }

  /** Binds the council, the reference date and its collection year into the query as literals. */
  static String bind(String sql, String la, LocalDate reference) {
    if (!LA.matcher(la).matches()) {
      throw new IllegalArgumentException("not a council code");
    }
    int year = reference.getMonthValue() >= 4 ? reference.getYear() + 1 : reference.getYear();
    return sql.replace(":la", "'" + la + "'")
        .replace(":ref", "DATE '" + reference + "'")
        .replace(":year", Integer.toString(year));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
