package org.caseflow.measure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;

/**
 * Measures indicators for a council and a period. The period, and so the reference date, is always
 * passed in: nothing here reads the clock.
 */
public final class Measurer {
  private final Connection connection;
  private final Population population;
  private final Map<String, Boolean> loaded = new HashMap<>();

  public Measurer(Store store, Population population) {
    this.connection = store.connection();
    this.population = population;
  }

  /** Measures one indicator. */
  public Figure measure(Indicator indicator, String la, ReportingPeriod period)
      throws SQLException {
    if (!la.matches("\\d{3}")) {
      throw new IllegalArgumentException("'" + la + "' is not a 3-digit DfE council code");
    }
    for (String table : indicator.requires()) {
      if (!isLoaded(table, la)) {
        return new Figure(
            indicator,
            la,
            period,
            null,
            null,
            null,
            List.of(),
            Map.of(),
            "needs " + table + " data, which no loaded return holds for council " + la);
      }
    }
    List<Member> members = members(indicator, la, period);
    long num = 0;
    long den = 0;
    List<Double> measures = new ArrayList<>();
    Map<String, Long> breakdown = new TreeMap<>();
    for (Member m : members) {
      if (m.inNumerator()) {
        num++;
        if (m.category() != null) {
          breakdown.merge(m.category(), 1L, Long::sum);
        }
      }
      if (m.inDenominator()) {
        den++;
        if (m.measure() != null) {
          measures.add(m.measure());
        }
      }
    }
    String note = null;
    Double value;
    Double numerator = (double) num;
    Double denominator = null;
    switch (indicator.unit()) {
      case COUNT -> value = (double) num;
      case PERCENT -> {
        denominator = (double) den;
        value = den == 0 ? null : 100.0 * num / den;
        if (den == 0) {
          note = "no members in the denominator for this period";
        }
      }
      case RATE_PER_10K -> {
        var estimate = population.forPeriodEnding(la, period.end());
        if (estimate.isEmpty()) {
          value = null;
          note = "no published population of children aged 0 to 17 for council " + la;
        } else {
          denominator = (double) estimate.get().children();
          value = num * 10_000.0 / estimate.get().children();
          if (estimate.get().isStandIn()) {
            note =
                "uses the mid-"
                    + estimate.get().midYear()
                    + " population estimate; mid-"
                    + estimate.get().wanted()
                    + " is not yet published";
          }
        }
        if (period.months() < 12) {
          note =
              (note == null ? "" : note + "; ")
                  + "counts for "
                  + period.months()
                  + " month(s), not annualised";
        }
      }
      case MEAN -> {
        double sum = measures.stream().mapToDouble(Double::doubleValue).sum();
        numerator = sum;
        denominator = (double) measures.size();
        value = measures.isEmpty() ? null : sum / measures.size();
      }
      case MEDIAN -> {
        denominator = (double) measures.size();
        value = median(measures);
      }
      default -> throw new IllegalStateException(indicator.unit().name());
    }
    if (value == null && note == null) {
      note = "no members for this period";
    }
    return new Figure(
        indicator, la, period, value, numerator, denominator, members, breakdown, note);
  }

  /** The units behind an indicator's figure, in child and date order. */
  public List<Member> members(Indicator indicator, String la, ReportingPeriod period)
      throws SQLException {
    String sql =
        "SELECT * FROM ("
            + bind(indicator.sql(), la, period)
            + ") m ORDER BY m.child_id, m.event_date";
    List<Member> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      boolean hasMeasure = hasColumn(rs, "measure");
      boolean hasCategory = hasColumn(rs, "category");
      while (rs.next()) {
        Date d = rs.getDate("event_date");
        Double measure = null;
        if (hasMeasure) {
          double v = rs.getDouble("measure");
          measure = rs.wasNull() ? null : v;
        }
        out.add(
            new Member(
                rs.getString("child_id"),
                d == null ? null : d.toLocalDate(),
                rs.getInt("in_numerator") == 1,
                rs.getInt("in_denominator") == 1,
                measure,
                hasCategory ? rs.getString("category") : null));
      }
    }
    return out;
  }

  /** Binds the council and the period into the query as literals (both validated). */
  static String bind(String sql, String la, ReportingPeriod period) {
    return sql.replace(":la", "'" + la + "'")
        .replace(":start", literal(period.start()))
        .replace(":end", literal(period.end()));
  }

  private static String literal(LocalDate d) {
    return "DATE '" + d + "'";
  }

  private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
    var md = rs.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      if (md.getColumnLabel(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean isLoaded(String table, String la) throws SQLException {
    String key = table + "|" + la;
    Boolean known = loaded.get(key);
    if (known != null) {
      return known;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT count(*) FROM " + table + " WHERE la = ? AND is_current")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        boolean any = rs.getLong(1) > 0;
        loaded.put(key, any);
        return any;
      }
    }
  }

  private static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> v = new ArrayList<>(values);
    v.sort(Double::compare);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
  }
}
