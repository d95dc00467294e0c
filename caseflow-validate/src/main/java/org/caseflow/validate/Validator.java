package org.caseflow.validate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/**
 * Runs a return's rules over what the store holds for it, and keeps the results with its batch
 * ({@code validation_run}, {@code validation_finding}, {@code validation_skip}), replacing any
 * earlier results of the same batch. It runs on the caller's connection and inside the caller's
 * transaction, if any: an import validates each batch before it commits.
 */
public final class Validator {
  /** Separates field values in the store's {@code field_values}. */
  static final String SEPARATOR = "\u001f";

  private final CollectionYear rulesOf;

  /** {@code -Dcaseflow.rules.times=true} prints each rule's time to stderr (for the bench). */
  private static final boolean TIMES = Boolean.getBoolean("caseflow.rules.times");

  private Validator(CollectionYear rulesOf) {
    this.rulesOf = rulesOf;
  }

  /** Applies each return's own year's rules. */
  public static Validator bundled() {
    return new Validator(null);
  }

  /** Applies one collection year's rules whatever the return's year ({@code --rules 2025-26}). */
  public static Validator withRulesOf(CollectionYear year) {
    return new Validator(year);
  }

  /**
   * The import step that validates each batch of a return caseflow has rules for, inside the
   * import's transaction, so that a batch's results are stored with it.
   */
  public org.caseflow.store.Importer.BatchStep asImportStep() {
    return (c, dialect, batch) -> {
      ReturnViews.Batch b = ReturnViews.batch(c, batch.batchId());
      Optional<RuleSet> set = RuleSet.forYear(b.kind(), rulesOf == null ? b.year() : rulesOf);
      if (set.isPresent()) {
        // Stored only: whoever shows the results reads them back.
        store(c, b, set.get().rules(), set.get().label());
      }
    };
  }

  /** Whether caseflow has rules for the return. */
  public static boolean validates(ReturnKind kind) {
    return RuleSet.returns().contains(kind);
  }

  /**
   * Validates one batch and stores its results.
   *
   * @return the outcome, or empty when caseflow has no rules for the batch's return
   */
  public Optional<Validation> validate(Connection c, long batchId) throws SQLException {
    ReturnViews.Batch b = ReturnViews.batch(c, batchId);
    Optional<RuleSet> set = RuleSet.forYear(b.kind(), rulesOf == null ? b.year() : rulesOf);
    if (set.isEmpty()) {
      return Optional.empty();
    }
    store(c, b, set.get().rules(), set.get().label());
    return ValidationResults.of(c, batchId);
  }

  /** Validates one batch with the given rules only (for tests of a single rule). */
  public static Validation validate(Connection c, long batchId, List<Rule> rules)
      throws SQLException {
    ReturnViews.Batch b = ReturnViews.batch(c, batchId);
    store(c, b, rules, "selected rules");
    return ValidationResults.of(c, batchId).orElseThrow();
  }

  /** Runs the rules on the batch and stores the results, replacing any earlier ones. */
  private static void store(Connection c, ReturnViews.Batch b, List<Rule> rules, String label)
      throws SQLException {
    long t0 = System.nanoTime();
    for (String table : List.of("validation_run", "validation_finding", "validation_skip")) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE batch_id = ?")) {
        ps.setLong(1, b.batchId());
        ps.executeUpdate();
      }
    }
    List<Validation.Skipped> skipped = new ArrayList<>();
    int run = 0;
    java.util.Set<String> needed = new java.util.HashSet<>();
    rules.forEach(r -> needed.addAll(r.views()));
    try (ReturnViews views = ReturnViews.create(c, b, needed)) {
      for (Rule r : rules) {
        String why = null;
        for (String v : r.views()) {
          if (!views.exists(v)) {
            throw new IllegalStateException(
                "rule "
                    + r.code()
                    + " reads "
                    + v
                    + ", which is not a view of "
                    + b.kind().label());
          }
          if (why == null) {
            why = views.absent(v);
          }
        }
        if (why != null) {
          skipped.add(new Validation.Skipped(r.code(), why));
          continue;
        }
        long r0 = System.nanoTime();
        run(c, b.batchId(), r);
        if (TIMES) {
          System.err.printf("rule %s: %d ms%n", r.code(), (System.nanoTime() - r0) / 1_000_000);
        }
        run++;
      }
    }
    for (Rule r : rules) {
      if (!r.after().isEmpty()) {
        dropWhereStageOneFailed(c, b.batchId(), r);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO validation_skip (batch_id, rule, reason) VALUES (?, ?, ?)")) {
      for (Validation.Skipped s : skipped) {
        ps.setLong(1, b.batchId());
        ps.setString(2, s.rule());
        ps.setString(3, s.reason());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    long errors = 0;
    long queries = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT severity, count(*) FROM validation_finding WHERE batch_id = ? GROUP BY"
                + " severity")) {
      ps.setLong(1, b.batchId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (Severity.valueOf(rs.getString(1)) == Severity.ERROR) {
            errors = rs.getLong(2);
          } else {
            queries = rs.getLong(2);
          }
        }
      }
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO validation_run (batch_id, rule_set, rules_run, rules_skipped, errors,"
                + " queries, millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, b.batchId());
      ps.setString(2, label);
      ps.setInt(3, run);
      ps.setInt(4, skipped.size());
      ps.setLong(5, errors);
      ps.setLong(6, queries);
      ps.setLong(7, millis);
      ps.executeUpdate();
    }
  }

  private static void run(Connection c, long batchId, Rule r) throws SQLException {
    int n = r.fields().size();
    StringBuilder alias = new StringBuilder("c_child, c_row");
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < n; i++) {
      alias.append(", f").append(i);
      if (i > 0) {
        values.append(" || '").append(SEPARATOR).append("' || ");
      }
      values.append("coalesce(CAST(r.f").append(i).append(" AS VARCHAR), '')");
    }
    if (n == 0) {
      values.append("''");
    }
    String table = r.primaryTable();
    String sql =
        "INSERT INTO validation_finding (batch_id, rule, severity, child_id, table_name, location,"
            + " fields, field_values, message) SELECT "
            + batchId
            + ", ?, ?, CAST(r.c_child AS VARCHAR), ?, CASE WHEN r.c_row IS NULL THEN ? ELSE ? ||"
            + " CAST(r.c_row AS VARCHAR) END, ?, "
            + values
            + ", ? FROM ("
            + r.sql()
            + "\n) AS r("
            + alias
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, r.code());
      ps.setString(2, r.severity().name());
      ps.setString(3, table);
      ps.setString(4, table);
      // A caseflow check's query gives the location itself: it has no row number.
      ps.setString(5, r.isCaseflowCheck() ? "" : table + " row ");
      ps.setString(6, String.join(",", r.fields()));
      ps.setString(7, r.message());
      ps.executeUpdate();
    } catch (SQLException e) {
      // The engine's message can quote a value from the return; keep it in the cause only.
      throw new RuleFailedException(r.code(), e);
    }
  }

  private static void dropWhereStageOneFailed(Connection c, long batchId, Rule r)
      throws SQLException {
    String in = String.join(",", java.util.Collections.nCopies(r.after().size(), "?"));
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM validation_finding WHERE batch_id = ? AND rule = ? AND child_id IN"
                + " (SELECT child_id FROM validation_finding WHERE batch_id = ? AND rule IN ("
                + in
                + ") AND child_id IS NOT NULL)")) {
      ps.setLong(1, batchId);
      ps.setString(2, r.code());
      ps.setLong(3, batchId);
      int i = 4;
      for (String code : r.after()) {
        ps.setString(i++, code);
      }
      ps.executeUpdate();
    }
  }

  /** A rule's query failed: a fault in caseflow, reported without the data it was reading. */
  public static final class RuleFailedException extends SQLException {
    private static final long serialVersionUID = 1L;

    RuleFailedException(String code, SQLException cause) {
      super(
          "validation rule " + code + " failed to run (SQL state " + cause.getSQLState() + ")",
          cause.getSQLState(),
          cause);
    }
  }

  static List<String> split(String values, int n) {
    List<String> out = new ArrayList<>(Arrays.asList(values.split(SEPARATOR, -1)));
    while (out.size() < n) {
      out.add("");
    }
    return out.stream().map(v -> v.isEmpty() ? null : v).toList();
  }
}
