package org.caseflow.validate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/** Reads the validation results the store keeps with each batch. */
public final class ValidationResults {
  private ValidationResults() {}

  /** The stored outcome of a batch's last validation, or empty if it was never validated. */
  public static Optional<Validation> of(Connection c, long batchId) throws SQLException {
    ReturnViews.Batch b = ReturnViews.batch(c, batchId);
    String ruleSet;
    int run;
    long millis;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rule_set, rules_run, millis FROM validation_run WHERE batch_id = ?")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ruleSet = rs.getString(1);
        run = rs.getInt(2);
        millis = rs.getLong(3);
      }
    }
    List<Validation.Skipped> skipped = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT rule, reason FROM validation_skip WHERE batch_id = ?")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          skipped.add(new Validation.Skipped(rs.getString(1), rs.getString(2)));
        }
      }
    }
    skipped.sort(Comparator.comparing(Validation.Skipped::rule, RuleSet::compareCodes));
    return Optional.of(
        new Validation(
            batchId,
            b.la(),
            b.kind(),
            b.year(),
            ruleSet,
            run,
            findings(c, batchId, b.kind(), b.year()),
            skipped,
            millis,
            ReturnViews.history(c, b)));
  }

  static List<ValidationFinding> findings(
      Connection c, long batchId, ReturnKind kind, CollectionYear year) throws SQLException {
    return findings(c, batchId, kind, year, null);
  }

  /** The findings of a batch, of one rule only when {@code rule} is not null. */
  static List<ValidationFinding> findings(
      Connection c, long batchId, ReturnKind kind, CollectionYear year, String rule)
      throws SQLException {
    List<ValidationFinding> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rule, severity, child_id, table_name, location, fields, field_values, message"
                + " FROM validation_finding WHERE batch_id = ?"
                + (rule == null ? "" : " AND rule = ?"))) {
      ps.setLong(1, batchId);
      if (rule != null) {
        ps.setString(2, rule);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> fields = Arrays.asList(rs.getString(6).split(",", -1));
          if (rs.getString(6).isEmpty()) {
            fields = List.of();
          }
          out.add(
              new ValidationFinding(
                  kind,
                  year,
                  rs.getString(1),
                  Severity.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  fields,
                  Validator.split(rs.getString(7), fields.size()),
                  rs.getString(8)));
        }
      }
    }
    out.sort(
        Comparator.comparing(ValidationFinding::rule, RuleSet::compareCodes)
            .thenComparing(f -> f.childId() == null ? "" : f.childId())
            .thenComparing(ValidationFinding::location, ValidationResults::compareLocations)
            .thenComparing(
                f ->
                    String.join(
                        "\u001f", f.values().stream().map(v -> v == null ? "" : v).toList())));
    return out;
  }

  /** Orders {@code Episodes row 9} before {@code Episodes row 10}. */
  static int compareLocations(String a, String b) {
    int ia = a.lastIndexOf(' ');
    int ib = b.lastIndexOf(' ');
    if (ia > 0 && ib > 0 && a.substring(0, ia).equals(b.substring(0, ib))) {
      try {
        return Integer.compare(
            Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
      } catch (NumberFormatException e) {
        return a.compareTo(b);
      }
    }
    return a.compareTo(b);
  }
}
