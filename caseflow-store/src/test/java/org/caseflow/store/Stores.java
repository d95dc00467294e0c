package org.caseflow.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real stores for tests: a fresh DuckDB file, or a fresh database on a real PostgreSQL server
 * started once per test run (embedded binaries from Maven Central; nothing to install).
 */
public final class Stores {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Stores() {}

  /** The engines every store test runs on. */
  public static java.util.stream.Stream<String> engines() {
    return java.util.stream.Stream.of("duckdb", "postgresql");
  }

  /** A fresh, empty store on the engine. */
  public static Store fresh(String engine, Path dir) throws SQLException, IOException {
    if (engine.equals("duckdb")) {
      return Store.open(Files.createTempFile(dir, "store", ".duckdb").toString() + "-db");
    }
    String name = "caseflow_test_" + DATABASES.incrementAndGet();
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Store.open(postgres().getJdbcUrl("postgres", name));
  }

  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) {
      postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting
                    }
                  }));
    }
    return postgres;
  }
}
