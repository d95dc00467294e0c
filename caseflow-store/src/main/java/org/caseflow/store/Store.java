package org.caseflow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An open store: one DuckDB file (the default) or a PostgreSQL database, chosen by one switch, the
 * location. The schema is created on first open and is idempotent.
 */
public final class Store implements AutoCloseable {
  private final Connection connection;
  private final Dialect dialect;
  private final String description;

  private Store(Connection connection, Dialect dialect, String description) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
  }

  /**
   * Opens the store at a location: a {@code jdbc:postgresql://…} URL for PostgreSQL, otherwise a
   * DuckDB file path (created if missing).
   */
  public static Store open(String location) throws SQLException {
    Store store;
    if (location.startsWith("jdbc:postgresql:")) {
      Connection c = DriverManager.getConnection(location);
      store = new Store(c, Dialect.POSTGRESQL, "PostgreSQL " + redact(location));
    } else {
      String file = location.startsWith("jdbc:duckdb:") ? location.substring(12) : location;
      Path path = Path.of(file).toAbsolutePath();
      try {
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
      } catch (java.io.IOException e) {
        throw new SQLException("cannot create the folder for the store " + path, e);
      }
      Properties p = new Properties();
      // Nothing may be downloaded at run time: extensions not bundled fail fast instead.
      p.setProperty("autoinstall_known_extensions", "false");
      p.setProperty("autoload_known_extensions", "false");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + path, p);
      store = new Store(c, Dialect.DUCKDB, "DuckDB " + path);
    }
    store.createSchema();
    return store;
  }

  /**
   * A DuckDB store held in memory only, gone when closed: for checking files without a store (as
   * {@code caseflow validate FILE} does).
   */
  public static Store inMemory() throws SQLException {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    Store store =
        new Store(DriverManager.getConnection("jdbc:duckdb:", p), Dialect.DUCKDB, "memory");
    store.createSchema();
    return store;
  }

  /** Hides a password given in a JDBC URL. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
  }

  private void createSchema() throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (String ddl : Ddl.statements(dialect)) {
        s.execute(ddl);
      }
      for (String shim : Shims.statements(dialect)) {
        s.execute(shim);
      }
      Shims.fillCalendar(connection);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  /**
   * A second connection to the same store, for reading in parallel: DuckDB shares the open database
   * within the process; PostgreSQL opens another session.
   */
  public Connection newConnection() throws SQLException {
    if (dialect == Dialect.DUCKDB) {
      return connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }
    return DriverManager.getConnection(connection.getMetaData().getURL());
  }

  /** The open connection. */
  public Connection connection() {
    return connection;
  }

  /** The engine behind it. */
  public Dialect dialect() {
    return dialect;
  }

  /** Where the store is, for messages (passwords hidden). */
  public String description() {
    return description;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
