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
    this(store.connection(), population);
  }

  private Measurer(java.sql.Connection connection, Population population) {
    this.connection = connection;
    this.population = population;
  }

  /** The store's connection it reads (for callers that ask what is loaded). */
  public java.sql.Connection connection() {
    return connection;
  }

  /**
   * Measures every indicator for the periods, spreading the indicators over parallel connections to
   * the store (one per core, at most four). The figures come back in catalogue order. On DuckDB
   * each query runs on one thread meanwhile (the store's thread setting is restored afterwards), as
   * the connections already keep the cores busy.
   */
  public static List<List<Figure>> measureAll(
      Store store,
      Population population,
      List<Indicator> indicators,
      String la,
      List<ReportingPeriod> periods)
      throws SQLException {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    List<List<Figure>> out =
        new ArrayList<>(java.util.Collections.nCopies(indicators.size(), null));
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    // The longest queries first, so that no connection is left with a long one at the end.
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < indicators.size(); k++) {
      order.add(k);
    }
    order.sort(
        java.util.Comparator.comparingInt(
                (Integer k) ->
                    indicators.get(k).shared().length() + indicators.get(k).sql().length())
            .reversed());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    // The parallelism is across indicators: DuckDB's own threads inside each query would only
    // compete with the other connections for the same cores, so each query runs on one.
    String duckdbThreads = null;
    if (store.dialect() == org.caseflow.store.Dialect.DUCKDB && threads > 1) {
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        duckdbThreads = String.valueOf(Integer.parseInt(rs.getString(1).strip()));
        s.execute("SET threads = 1");
      }
    }
    try {
      List<java.util.concurrent.Future<Void>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        java.sql.Connection c = t == 0 ? store.connection() : store.newConnection();
        boolean own = t > 0;
        work.add(
            pool.submit(
                () -> {
                  try {
                    Measurer m = new Measurer(c, population);
                    int n;
                    while ((n = next.getAndIncrement()) < indicators.size()) {
                      int k = order.get(n);
                      out.set(k, m.measure(indicators.get(k), la, periods));
                    }
                  } finally {
                    if (own) {
                      c.close();
                    }
                  }
                  return null;
                }));
      }
      for (var f : work) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof SQLException se) {
            throw se;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdown();
      if (duckdbThreads != null) {
        try (Statement s = store.connection().createStatement()) {
          s.execute("SET threads = " + duckdbThreads);
        }
      }
    }
    return out;
  }

  /** Measures one indicator. */
  public Figure measure(Indicator indicator, String la, ReportingPeriod period)
      throws SQLException {
    if (!la.matches("\\d{3}")) {
      throw new IllegalArgumentException("'" + la + "' is not a 3-digit DfE council code");
    }
    if (!indicator.isSupported()) {
      return new Figure(
          indicator, la, period, null, null, null, List.of(), Map.of(), indicator.unsupported());
    }
    if (!indicator.periodType().measurableTo(period.end())) {
      return new Figure(
          indicator, la, period, null, null, null, List.of(), Map.of(), PeriodType.YEAR_END_ONLY);
    }
    String missing = missingTables(indicator, la);
    if (missing != null) {
      return new Figure(
          indicator,
          la,
          period,
          null,
          null,
          null,
          List.of(),
          Map.of(),
          "needs " + missing + " data, which no loaded return holds for council " + la);
    }
    return figure(indicator, la, period, members(indicator, la, period));
  }

  /**
   * Measures one indicator for several periods with a single query: the same figures as {@link
   * #measure} for each period, in the order given.
   */
  public List<Figure> measure(Indicator indicator, String la, List<ReportingPeriod> periods)
      throws SQLException {
    if (!la.matches("\\d{3}")) {
      throw new IllegalArgumentException("'" + la + "' is not a 3-digit DfE council code");
    }
    List<Figure> out = new ArrayList<>();
    if (!indicator.isSupported()) {
      for (ReportingPeriod p : periods) {
        out.add(measure(indicator, la, p));
      }
      return out;
    }
    if (!periods.stream().allMatch(p -> indicator.periodType().measurableTo(p.end()))) {
      // Only the periods ending on 31 March are measured (in one query); the rest say why not.
      List<ReportingPeriod> measurable =
          periods.stream().filter(p -> indicator.periodType().measurableTo(p.end())).toList();
      java.util.Iterator<Figure> measured =
          (measurable.isEmpty() ? List.<Figure>of() : measure(indicator, la, measurable))
              .iterator();
      for (ReportingPeriod p : periods) {
        out.add(
            indicator.periodType().measurableTo(p.end())
                ? measured.next()
                : measure(indicator, la, p));
      }
      return out;
    }
    if (missingTables(indicator, la) != null) {
      for (ReportingPeriod p : periods) {
        out.add(measure(indicator, la, p));
      }
      return out;
    }
    // The periods are a relation and the member query runs once per period as a lateral
    // subquery: the engine plans it once instead of once per period.
    StringBuilder values = new StringBuilder();
    for (int k = 0; k < periods.size(); k++) {
      values
          .append(k == 0 ? "" : ", ")
          .append('(')
          .append(k)
          .append(", ")
          .append(literal(periods.get(k).start()))
          .append(", ")
          .append(literal(periods.get(k).end()))
          .append(')');
    }
    String union =
        "SELECT cf_period.period_index, m.* FROM (VALUES "
            + values
            + ") cf_period(period_index, period_start, period_end), LATERAL ("
            + indicator
                .sql()
                .replace(":la", "'" + la + "'")
                .replace(":start", "cf_period.period_start")
                .replace(":end", "cf_period.period_end")
            + ") m";
    boolean median = indicator.unit() == Unit.MEDIAN;
    boolean hasMeasure = indicator.unit() == Unit.MEAN || median;
    String with = bind(indicator.withClause(), la, periods.get(0));
    boolean weighted = indicator.weight().isWeighted();
    String numeratorAndDenominator =
        weighted
            ? "sum(CASE WHEN in_numerator = 1 THEN weight ELSE 0 END),"
                + " sum(CASE WHEN in_denominator = 1 THEN "
                + (indicator.weight().isSplit() ? "denominator_weight" : "weight")
                + " ELSE 0 END)"
            : "sum(in_numerator), sum(in_denominator)";
    String sql =
        with
            + "SELECT period_index, "
            + numeratorAndDenominator
            + (hasMeasure
                ? ", sum(CASE WHEN in_denominator = 1 THEN measure END),"
                    + " count(CASE WHEN in_denominator = 1 AND measure IS NOT NULL THEN 1 END)"
                : ", NULL, NULL")
            + (median
                ? ", percentile_cont(0.5) WITHIN GROUP (ORDER BY measure)"
                    + " FILTER (WHERE in_denominator = 1)"
                : ", NULL")
            + ", count(*) FROM ("
            + union
            + ") u GROUP BY period_index";
    double[][] counts = new double[periods.size()][3];
    double[] sums = new double[periods.size()];
    Double[] medians = new Double[periods.size()];
    // Whether a period had any row at all: a weighted (workforce) figure with none has no value.
    boolean[] any = new boolean[periods.size()];
    List<Map<String, Long>> breakdowns = new ArrayList<>();
    long[] breakdownTotals = new long[periods.size()];
    for (int k = 0; k < periods.size(); k++) {
      breakdowns.add(new TreeMap<>());
    }
    boolean breakdown = indicator.hasBreakdown();
    if (breakdown && !median) {
      // One pass for a breakdown: counts per period and category, added up here per period.
      String grouped =
          with
              + "SELECT period_index, category, "
              + numeratorAndDenominator
              + (hasMeasure
                  ? ", sum(CASE WHEN in_denominator = 1 THEN measure END),"
                      + " count(CASE WHEN in_denominator = 1 AND measure IS NOT NULL THEN 1 END)"
                  : ", NULL, NULL")
              + (weighted
                  ? ", count(CASE WHEN in_numerator = 1 AND weight > 0 THEN 1 END)"
                  : ", sum(in_numerator)")
              + ", count(*) FROM ("
              + union
              + ") u GROUP BY period_index, category";
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(grouped)) {
        while (rs.next()) {
          int k = rs.getInt(1);
          String category = rs.getString(2);
          counts[k][0] += rs.getDouble(3);
          counts[k][1] += rs.getDouble(4);
          double sum = rs.getDouble(5);
          sums[k] += rs.wasNull() || Double.isNaN(sum) ? 0.0 : sum;
          counts[k][2] += rs.getLong(6);
          long inCategory = rs.getLong(7);
          any[k] |= rs.getLong(8) > 0;
          breakdownTotals[k] += inCategory;
          if (category != null && inCategory > 0) {
            breakdowns.get(k).put(category, inCategory);
          }
        }
      }
    } else {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          int k = rs.getInt(1);
          counts[k][0] = rs.getDouble(2);
          counts[k][1] = rs.getDouble(3);
          double sum = rs.getDouble(4);
          // SUM over no measured member is NULL (read back as 0 or, for some types, NaN).
          sums[k] = rs.wasNull() || Double.isNaN(sum) ? 0.0 : sum;
          counts[k][2] = rs.getLong(5);
          double med = rs.getDouble(6);
          medians[k] = rs.wasNull() ? null : med;
          any[k] = rs.getLong(7) > 0;
        }
      }
    }
    if (breakdown && median) {
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery(
                  with
                      + "SELECT period_index, category, count(*) FROM ("
                      + union
                      + ") u WHERE in_numerator = 1"
                      + (weighted ? " AND weight > 0" : "")
                      + " GROUP BY period_index, category")) {
        while (rs.next()) {
          int k = rs.getInt(1);
          String category = rs.getString(2);
          breakdownTotals[k] += rs.getLong(3);
          if (category != null) {
            breakdowns.get(k).put(category, rs.getLong(3));
          }
        }
      }
    }
    for (int k = 0; k < periods.size(); k++) {
      ReportingPeriod p = periods.get(k);
      out.add(
          compute(
              indicator,
              la,
              p,
              counts[k][0],
              counts[k][1],
              sums[k],
              (long) counts[k][2],
              medians[k],
              breakdowns.get(k),
              breakdown ? breakdownTotals[k] : null,
              weighted && !any[k],
              new LazyMembers(this, indicator, la, p)));
    }
    return out;
  }

  private Figure figure(
      Indicator indicator, String la, ReportingPeriod period, List<Member> members) {
    double num = 0;
    double den = 0;
    List<Double> measures = new ArrayList<>();
    Map<String, Long> breakdown = new TreeMap<>();
    long breakdownTotal = 0;
    boolean hasBreakdown = indicator.hasBreakdown();
    for (Member m : members) {
      if (m.inNumerator()) {
        num += m.weight();
        if (hasBreakdown && m.weight() > 0) {
          breakdownTotal++;
          if (m.category() != null) {
            breakdown.merge(m.category(), 1L, Long::sum);
          }
        }
      }
      if (m.inDenominator()) {
        den += m.denominatorWeight();
        if (m.measure() != null) {
          measures.add(m.measure());
        }
      }
    }
    double sum = measures.stream().mapToDouble(Double::doubleValue).sum();
    return compute(
        indicator,
        la,
        period,
        num,
        den,
        sum,
        measures.size(),
        median(measures),
        breakdown,
        hasBreakdown ? breakdownTotal : null,
        members.isEmpty() && indicator.weight().isWeighted(),
        members);
  }

  private Figure compute(
      Indicator indicator,
      String la,
      ReportingPeriod period,
      double num,
      double den,
      double measureSum,
      long measureCount,
      Double measureMedian,
      Map<String, Long> breakdown,
      Long breakdownTotal,
      boolean noSnapshot,
      List<Member> members) {
    String note = null;
    Double value;
    Double numerator = num;
    Double denominator = null;
    switch (indicator.unit()) {
      case COUNT -> value = num;
      case PERCENT, RATIO -> {
        denominator = den;
        value = den == 0 ? null : (indicator.unit() == Unit.PERCENT ? 100.0 : 1.0) * num / den;
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
      }
      case MEAN -> {
        numerator = measureSum;
        denominator = (double) measureCount;
        value = measureCount == 0 ? null : measureSum / measureCount;
      }
      case MEDIAN -> {
        // A median has no numerator: its count is the members it is taken over, not (as the
        // query's in_numerator may say for an indicator whose query it shares) a count above a
        // line.
        numerator = null;
        denominator = (double) measureCount;
        value = measureMedian;
      }
      default -> throw new IllegalStateException(indicator.unit().name());
    }
    if (period.months() < 12
        && (indicator.unit() == Unit.COUNT || indicator.unit() == Unit.RATE_PER_10K)
        && (indicator.periodType() == PeriodType.EVENT
            || indicator.periodType() == PeriodType.LOOKBACK)) {
      // Events over part of a year; a snapshot's count or rate is the same whatever the span.
      note =
          (note == null ? "" : note + "; ")
              + "counts "
              + (period.months() == 1 ? "one month" : "three months")
              + " of events, not annualised";
    }
    if (noSnapshot) {
      // A weighted (workforce) figure with no rows: no census date or extract month in the period.
      value = null;
      note = "no census date or caseload month falls in this period";
    }
    if (value == null && note == null) {
      note = "no members for this period";
    }
    return new Figure(
        indicator,
        la,
        period,
        value,
        numerator,
        denominator,
        members,
        breakdown,
        note,
        breakdownTotal);
  }

  /** The units behind an indicator's figure, in child and date order. */
  public List<Member> members(Indicator indicator, String la, ReportingPeriod period)
      throws SQLException {
    if (!indicator.isSupported() || !indicator.periodType().measurableTo(period.end())) {
      return List.of();
    }
    String sql =
        bind(indicator.withClause(), la, period)
            + "SELECT * FROM ("
            + bind(indicator.sql(), la, period)
            + ") m ORDER BY m.child_id, m.event_date";
    List<Member> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Member>> one = List.of(out);
      readMembers(indicator, rs, one);
    }
    return out;
  }

  private static void readMembers(Indicator indicator, ResultSet rs, List<List<Member>> into)
      throws SQLException {
    {
      boolean hasMeasure = hasColumn(rs, "measure");
      boolean hasCategory = indicator.hasBreakdown();
      boolean hasWeight = indicator.weight().isWeighted();
      boolean split = indicator.weight().isSplit();
      boolean hasIndex = hasColumn(rs, "period_index");
      while (rs.next()) {
        Date d = rs.getDate("event_date");
        Double measure = null;
        if (hasMeasure) {
          double v = rs.getDouble("measure");
          measure = rs.wasNull() ? null : v;
        }
        List<Member> out = into.get(hasIndex ? rs.getInt("period_index") : 0);
        double weight = hasWeight ? rs.getDouble("weight") : 1.0;
        double denominatorWeight = split ? rs.getDouble("denominator_weight") : weight;
        out.add(
            new Member(
                rs.getString("child_id"),
                d == null ? null : d.toLocalDate(),
                rs.getInt("in_numerator") == 1,
                rs.getInt("in_denominator") == 1,
                measure,
                hasCategory ? rs.getString("category") : null,
                weight,
                denominatorWeight,
                indicator.subject()));
      }
    }
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

  /**
   * The tables the indicator needs of which no loaded return holds data for the council (for a
   * group {@code a or b}, both), in words; null when every group has a loaded table.
   */
  private String missingTables(Indicator indicator, String la) throws SQLException {
    for (List<String> anyOf : indicator.requiresAnyOf()) {
      boolean one = false;
      for (String table : anyOf) {
        one |= isLoaded(table, la);
      }
      if (!one) {
        return String.join(" or ", anyOf);
      }
    }
    return null;
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
