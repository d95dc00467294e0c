package org.caseflow.validate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;

/**
 * The rule tests' one fixture builder: a return (CIN census or SSDA903) of one collection year,
 * with the council's returns of other years beside it, written into a fresh in-memory store as an
 * import would. A test names only the columns its rule reads; the others take the defaults below.
 * Then {@link #flagged(String)} runs the one rule and says which children and rows it flags, as
 * {@code "C1 Episodes row 2"} (or {@code "C1 Header"} for a rule about the child, {@code "-
 * Header"} for a rule about the whole return).
 *
 * <p>Defaults: a child is a boy born 1 June 2015, ethnicity WBRI; a CIN episode is the child's
 * first, referred by the police (source 1B), not NFA, need N1; an assessment, Section 47, CP plan
 * and review belong to episode 1 (and plan 1); a CP plan is for neglect with no previous plans; a
 * CLA episode starts care (S) under a care order (C2) with need N1 in foster care (U1) from
 * provider PR1. Every table of the return is delivered, even when it has no rows, unless {@link
 * #without(Table)} says otherwise.
 */
final class ReturnFixture {
  private static final Map<Table, List<Object>> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put(Table.CHILD, List.of("birth_date", "2015-06-01", "sex", "M", "ethnicity", "WBRI"));
    DEFAULTS.put(
        Table.CIN_EPISODE,
        List.of(
            "episode_no", 1, "referral_source", "1B", "referral_nfa", false, "primary_need", "N1"));
    DEFAULTS.put(Table.ASSESSMENT, List.of("episode_no", 1, "assessment_no", 1));
    DEFAULTS.put(Table.ASSESSMENT_FACTOR, List.of("episode_no", 1, "assessment_no", 1));
    DEFAULTS.put(Table.CIN_PLAN, List.of("episode_no", 1));
    DEFAULTS.put(Table.SECTION47, List.of("episode_no", 1));
    DEFAULTS.put(
        Table.CP_PLAN,
        List.of(
            "episode_no",
            1,
            "plan_no",
            1,
            "initial_category",
            "NEG",
            "latest_category",
            "NEG",
            "previous_plans",
            0));
    DEFAULTS.put(Table.CP_REVIEW, List.of("episode_no", 1, "plan_no", 1));
    DEFAULTS.put(
        Table.CLA_EPISODE,
        List.of(
            "reason_new_episode",
            "S",
            "legal_status",
            "C2",
            "category_of_need",
            "N1",
            "placement_type",
            "U1",
            "placement_provider",
            "PR1"));
  }

  private final ReturnKind kind;
  private final CollectionYear year;
  private final String la;
  private final Map<Integer, List<Object[]>> rows = new LinkedHashMap<>();
  private final Set<Table> without = EnumSet.noneOf(Table.class);
  private final List<String[]> findings = new ArrayList<>();
  private Validation last;

  private ReturnFixture(ReturnKind kind, CollectionYear year, String la) {
    this.kind = kind;
    this.year = year;
    this.la = la;
  }

  /** A CIN census for the collection year, e.g. {@code 2025-26}, of council 808. */
  static ReturnFixture cin(String year) {
    return new ReturnFixture(ReturnKind.CIN_CENSUS, CollectionYear.parse(year), "808");
  }

  /** An SSDA903 return for the collection year, e.g. {@code 2025-26}, of council 808. */
  static ReturnFixture ssda903(String year) {
    return new ReturnFixture(ReturnKind.SSDA903, CollectionYear.parse(year), "808");
  }

  /** The collection year of the return under test. */
  CollectionYear year() {
    return year;
  }

  /** Adds a row to the return under test: the table's defaults, overridden by the pairs given. */
  ReturnFixture add(Table table, Object... columnsAndValues) {
    return addIn(year.endYear(), table, columnsAndValues);
  }

  /** Adds a row to the same council's return of the year before. */
  ReturnFixture lastYear(Table table, Object... columnsAndValues) {
    return addIn(year.endYear() - 1, table, columnsAndValues);
  }

  /** Adds a row to the council's return of another collection year, e.g. {@code 2022-23}. */
  ReturnFixture inYear(String otherYear, Table table, Object... columnsAndValues) {
    return addIn(CollectionYear.parse(otherYear).endYear(), table, columnsAndValues);
  }

  /** The return under test does not deliver the table at all (a file or block missing). */
  ReturnFixture without(Table table) {
    without.add(table);
    return this;
  }

  /**
   * An import finding the reader recorded for the return under test.
   *
   * @param code the finding's code, e.g. {@code missing_required_field}
   * @param field the field as the return names it
   * @param location where, e.g. {@code line 3}
   */
  ReturnFixture finding(String code, String field, String location) {
    findings.add(new String[] {code, field, location});
    return this;
  }

  private ReturnFixture addIn(int endYear, Table table, Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    List<Object> defaults = DEFAULTS.getOrDefault(table, List.of());
    for (int i = 0; i < defaults.size(); i += 2) {
      row.put((String) defaults.get(i), defaults.get(i + 1));
    }
    if (table == Table.CHILD) {
      row.put("source", kind == ReturnKind.SSDA903 ? "SSDA903" : "CIN_CENSUS");
    }
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    Object[] flat = new Object[row.size() * 2];
    int k = 0;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      flat[k++] = e.getKey();
      flat[k++] = e.getValue();
    }
    rows.computeIfAbsent(endYear, y -> new ArrayList<>()).add(new Object[] {table, flat});
    return this;
  }

  /** Runs one rule of the year's rule set and lists what it flags, in the engine's order. */
  List<String> flagged(String code) throws SQLException {
    Validation v = run(code);
    if (!v.skipped().isEmpty()) {
      return List.of("skipped: " + v.skipped().get(0).reason());
    }
    return v.findings().stream()
        .map(f -> (f.childId() == null ? "-" : f.childId()) + " " + f.location())
        .toList();
  }

  /** The findings of the last run, for tests that check the values reported. */
  List<ValidationFinding> findings() {
    return last.findings();
  }

  /** Runs one rule of the year's rule set. */
  Validation run(String code) throws SQLException {
    Rule rule =
        RuleSet.forYear(kind, year)
            .orElseThrow()
            .find(code)
            .orElseThrow(() -> new AssertionError("no rule " + code + " for " + year));
    return run(List.of(rule));
  }

  /**
   * Runs the rules given on DuckDB, and the same fixture on PostgreSQL (one database for the test
   * run, emptied before each fixture), which must find exactly the same: every rule test is a
   * portability test too. {@code -Dcaseflow.rules.postgresql=false} skips the second engine.
   */
  Validation run(List<Rule> rules) throws SQLException {
    Validation duck;
    try (Store store = Store.inMemory()) {
      duck = runOn(store, rules);
    }
    if (!"false".equals(System.getProperty("caseflow.rules.postgresql"))) {
      Store pg = postgres();
      synchronized (ReturnFixture.class) {
        empty(pg);
        Validation onPg = runOn(pg, rules);
        if (!render(onPg).equals(render(duck))) {
          throw new AssertionError(
              "PostgreSQL finds " + render(onPg) + " where DuckDB finds " + render(duck));
        }
      }
    }
    last = duck;
    return duck;
  }

  private static Store postgresStore;

  private static synchronized Store postgres() throws SQLException {
    if (postgresStore == null) {
      try {
        postgresStore =
            org.caseflow.store.Stores.fresh(
                "postgresql", java.nio.file.Files.createTempDirectory("caseflow-rules"));
      } catch (java.io.IOException e) {
        throw new SQLException("cannot start PostgreSQL for the rule tests", e);
      }
    }
    return postgresStore;
  }

  private static void empty(Store pg) throws SQLException {
    try (var s = pg.connection().createStatement()) {
      for (String t :
          List.of(
              "import_batch",
              "import_table",
              "import_finding",
              "import_finding_count",
              "validation_run",
              "validation_finding",
              "validation_skip")) {
        s.execute("DELETE FROM " + t);
      }
      for (Table t : Table.values()) {
        s.execute("DELETE FROM " + t.sqlName());
      }
    }
  }

  private static List<String> render(Validation v) {
    List<String> out = new ArrayList<>();
    v.skipped().forEach(k -> out.add("skipped " + k.rule() + ": " + k.reason()));
    for (ValidationFinding f : v.findings()) {
      out.add(f.rule() + " " + f.childId() + " " + f.location() + " " + f.values());
    }
    return out;
  }

  private Validation runOn(Store store, List<Rule> rules) throws SQLException {
    {
      StoreFixture f = StoreFixture.on(store, la).as(kind);
      // The return under test gets a batch even when it has no rows.
      rows.computeIfAbsent(year.endYear(), y -> new ArrayList<>());
      Map<String, Long> batches = new LinkedHashMap<>();
      for (Map.Entry<Integer, List<Object[]>> e : new java.util.TreeMap<>(rows).entrySet()) {
        f.year(e.getKey());
        for (Object[] r : e.getValue()) {
          f.add((Table) r[0], (Object[]) r[1]);
        }
        Map<String, Long> made = f.loadBatches();
        if (made.isEmpty()) {
          made = Map.of(e.getKey() + "|" + kind, emptyBatch(store.connection(), e.getKey()));
        }
        batches.putAll(made);
      }
      long batch = batches.get(year.endYear() + "|" + kind);
      for (Map.Entry<String, Long> e : batches.entrySet()) {
        deliverAll(store.connection(), e.getValue(), e.getValue() == batch ? without : Set.of());
      }
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "INSERT INTO import_finding (batch_id, code, severity, file_name, location,"
                      + " field, value, detail) VALUES (?, ?, 'ERROR', 'return', ?, ?, NULL, '-')")) {
        for (String[] fi : findings) {
          ps.setLong(1, batch);
          ps.setString(2, fi[0]);
          ps.setString(3, fi[2]);
          ps.setString(4, fi[1]);
          ps.executeUpdate();
        }
      }
      return Validator.validate(store.connection(), batch, rules);
    }
  }

  private long emptyBatch(Connection c, int endYear) throws SQLException {
    long id;
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT coalesce(max(batch_id), 0) + 1 FROM import_batch")) {
      rs.next();
      id = rs.getLong(1);
    }
    CollectionYear cy = new CollectionYear(endYear);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_batch (batch_id, la, return_kind, collection_year, period_start,"
                + " period_end, imported_at) VALUES (?, ?, ?, ?, ?, ?, TIMESTAMP '2026-06-01"
                + " 09:00:00')")) {
      ps.setLong(1, id);
      ps.setString(2, la);
      ps.setString(3, kind.name());
      ps.setInt(4, endYear);
      ps.setDate(5, java.sql.Date.valueOf(cy.start()));
      ps.setDate(6, java.sql.Date.valueOf(cy.end()));
      ps.executeUpdate();
    }
    return id;
  }

  private void deliverAll(Connection c, long batch, Set<Table> missing) throws SQLException {
    for (Table t : ReturnViews.tablesOf(kind)) {
      if (missing.contains(t)) {
        try (PreparedStatement ps =
            c.prepareStatement("DELETE FROM import_table WHERE batch_id = ? AND table_name = ?")) {
          ps.setLong(1, batch);
          ps.setString(2, t.sqlName());
          ps.executeUpdate();
        }
        continue;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO import_table (batch_id, table_name, row_count) SELECT ?, ?, 0 WHERE NOT"
                  + " EXISTS (SELECT 1 FROM import_table WHERE batch_id = ? AND table_name = ?)")) {
        ps.setLong(1, batch);
        ps.setString(2, t.sqlName());
        ps.setLong(3, batch);
        ps.setString(4, t.sqlName());
        ps.executeUpdate();
      }
    }
  }
}
