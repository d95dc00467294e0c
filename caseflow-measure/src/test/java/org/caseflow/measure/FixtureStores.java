package org.caseflow.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;

/**
 * One fixture loaded into a fresh DuckDB store and a fresh PostgreSQL database, so that every
 * indicator test runs the same hand-made data on both engines.
 */
final class FixtureStores implements AutoCloseable {
  /** Writes a test class's fixture. */
  interface Loader {
    void load(StoreFixture fixture) throws SQLException;
  }

  private static final Catalogue CATALOGUE = Catalogue.load();
  private final Map<String, Store> stores = new HashMap<>();
  private final Map<String, Measurer> measurers = new HashMap<>();

  FixtureStores(Loader loader) throws Exception {
    Path dir = Files.createTempDirectory("caseflow-measure-test");
    for (String engine : new String[] {"duckdb", "postgresql"}) {
      Store s = Stores.fresh(engine, dir);
      StoreFixture f = StoreFixture.on(s);
      loader.load(f);
      f.load();
      stores.put(engine, s);
      measurers.put(engine, new Measurer(s, Population.bundled()));
    }
  }

  /**
   * The figure for one period. It is also measured as part of a series (the path scorecards and
   * trends take, one query for many periods), which must give the same figure.
   */
  Figure figure(String engine, String id, String period) throws SQLException {
    Indicator ind = CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
    ReportingPeriod p = ReportingPeriod.parse(period);
    Figure one = measurers.get(engine).measure(ind, "808", p);
    Figure inSeries =
        measurers
            .get(engine)
            .measure(ind, "808", List.of(ReportingPeriod.parse("2023-24"), p))
            .get(1);
    if (!Objects.equals(one.numerator(), inSeries.numerator())
        || !Objects.equals(one.denominator(), inSeries.denominator())
        || !Objects.equals(one.value(), inSeries.value())
        || !one.breakdown().equals(inSeries.breakdown())) {
      throw new AssertionError(
          id + " " + period + " on " + engine + ": alone " + one + ", in a series " + inSeries);
    }
    return one;
  }

  /** The figures for several periods, measured with the one-query series path. */
  java.util.List<Figure> series(String engine, String id, String... periods) throws SQLException {
    Indicator ind = CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
    return measurers
        .get(engine)
        .measure(ind, "808", java.util.Arrays.stream(periods).map(ReportingPeriod::parse).toList());
  }

  /** The store of the engine, for queries other than indicators (the exception lists). */
  Store store(String engine) {
    return stores.get(engine);
  }

  @Override
  public void close() throws SQLException {
    for (Store s : stores.values()) {
      s.close();
    }
  }
}
