package org.caseflow.validate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;

/**
 * The stored validation results of a council, as the dashboard and the report read them: per
 * return, the rules failed in each year's latest import; the rows behind one rule; and the errors
 * in the tables an indicator reads. Aggregates name no child; {@link #rows} does, and its callers
 * audit it.
 */
public final class DataQuality {
  private DataQuality() {}

  /** One validated import: the latest of its return and year. */
  public record Batch(
      long batchId,
      ReturnKind kind,
      CollectionYear year,
      String ruleSet,
      int errors,
      int queries) {}

  /** One rule's failures across the years of a return. */
  public record RuleTrend(
      ReturnKind kind,
      String rule,
      Severity severity,
      String table,
      String message,
      Map<CollectionYear, Integer> rowsByYear,
      Map<CollectionYear, Integer> childrenByYear) {}

  /** What a council's loaded returns fail, return by return and table by table. */
  public record Summary(List<Batch> batches, List<RuleTrend> rules) {
    /** The validated imports of one return, earliest year first. */
    public List<Batch> batches(ReturnKind kind) {
      return batches.stream().filter(b -> b.kind() == kind).toList();
    }

    /** The rules one return fails in any year. */
    public List<RuleTrend> rules(ReturnKind kind) {
      return rules.stream().filter(r -> r.kind() == kind).toList();
    }
  }

  /** Errors in one table of a return, as they may affect a figure. */
  public record TableErrors(ReturnKind kind, String table, int errors, List<String> rules) {}

  /** The return's tables, as the DfE's rules name them, that a canonical table holds. */
  public static List<String> dfeTables(ReturnKind kind, Table table) {
    return ReturnViews.dfeTables(kind, table);
  }

  /** The latest validated import of each return and year of the council. */
  public static Summary summary(Connection c, String la) throws SQLException {
    List<Batch> batches = batches(c, la);
    Map<String, RuleTrend> trends = new TreeMap<>();
    Map<Long, Batch> byId = new LinkedHashMap<>();
    batches.forEach(b -> byId.put(b.batchId(), b));
    if (!batches.isEmpty()) {
      String in = String.join(",", batches.stream().map(b -> String.valueOf(b.batchId())).toList());
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT batch_id, rule, severity, min(table_name), min(message), count(*),"
                      + " count(DISTINCT child_id) FROM validation_finding WHERE batch_id IN ("
                      + in
                      + ") GROUP BY batch_id, rule, severity");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Batch b = byId.get(rs.getLong(1));
          String key = b.kind() + "|" + rs.getString(2);
          RuleTrend t =
              trends.computeIfAbsent(
                  key,
                  k -> {
                    try {
                      return new RuleTrend(
                          b.kind(),
                          rs.getString(2),
                          Severity.valueOf(rs.getString(3)),
                          rs.getString(4),
                          rs.getString(5),
                          new TreeMap<>(),
                          new TreeMap<>());
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
          t.rowsByYear().put(b.year(), rs.getInt(6));
          t.childrenByYear().put(b.year(), rs.getInt(7));
        }
      }
    }
    List<RuleTrend> rules = new ArrayList<>(trends.values());
    // By return, then by the return's table (Header, Episodes, ...), then by code.
    rules.sort(
        Comparator.comparing(RuleTrend::kind)
            .thenComparing(RuleTrend::table)
            .thenComparing(RuleTrend::rule, RuleSet::compareCodes));
    return new Summary(List.copyOf(batches), List.copyOf(rules));
  }

  /** The latest validated import of each return and year of the council, by return and year. */
  public static List<Batch> batches(Connection c, String la) throws SQLException {
    List<Batch> batches = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT b.batch_id, b.return_kind, b.collection_year, r.rule_set, r.errors, r.queries"
                + " FROM import_batch b JOIN validation_run r ON r.batch_id = b.batch_id"
                + " WHERE b.la = ? AND b.batch_id = (SELECT max(x.batch_id) FROM import_batch x"
                + " JOIN validation_run xr ON xr.batch_id = x.batch_id WHERE x.la = b.la AND"
                + " x.return_kind = b.return_kind AND x.collection_year = b.collection_year)"
                + " ORDER BY b.return_kind, b.collection_year")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batches.add(
              new Batch(
                  rs.getLong(1),
                  ReturnKind.valueOf(rs.getString(2)),
                  new CollectionYear(rs.getInt(3)),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getInt(6)));
        }
      }
    }
    return List.copyOf(batches);
  }

  /** The rows behind one rule in one import: they name children, so the caller audits them. */
  public static List<ValidationFinding> rows(Connection c, long batchId, String rule)
      throws SQLException {
    ReturnViews.Batch b = ReturnViews.batch(c, batchId);
    return ValidationResults.findings(c, batchId, b.kind(), b.year(), rule);
  }

  /**
   * The errors in the tables given, in the latest validated import of each return of the year:
   * those that may affect a figure reading them.
   */
  public static List<TableErrors> errorsIn(
      Connection c, String la, CollectionYear year, Set<Table> tables) throws SQLException {
    List<TableErrors> out = new ArrayList<>();
    for (Batch b : batches(c, la)) {
      if (!b.year().equals(year)) {
        continue;
      }
      Set<String> names = new java.util.LinkedHashSet<>();
      for (Table t : tables) {
        names.addAll(ReturnViews.dfeTables(b.kind(), t));
      }
      for (String name : names) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT rule, count(*) FROM validation_finding WHERE batch_id = ? AND table_name = ?"
                    + " AND severity = 'ERROR' GROUP BY rule")) {
          ps.setLong(1, b.batchId());
          ps.setString(2, name);
          int n = 0;
          List<String> rules = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rules.add(rs.getString(1));
              n += rs.getInt(2);
            }
          }
          if (n > 0) {
            rules.sort(RuleSet::compareCodes);
            out.add(new TableErrors(b.kind(), name, n, List.copyOf(rules)));
          }
        }
      }
    }
    return out;
  }
}
