package org.caseflow.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * An open store: one DuckDB file (the default) or a PostgreSQL database, chosen by one switch, the
 * location. The schema is created on first open and is idempotent.
 */
public final class Store implements AutoCloseable {
  private final Connection connection;
  private final Dialect dialect;
  private final String description;
  private final String location;

  private Store(Connection connection, Dialect dialect, String description, String location) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
    this.location = location;
  }

  /**
   * Opens the store at a location: a {@code jdbc:postgresql://…} URL for PostgreSQL, otherwise a
   * DuckDB file path (created if missing). The schema is written only when it is not already
   * current, so opening a current store writes nothing.
   *
   * @throws StoreInUseException when another process holds the DuckDB file
   */
  public static Store open(String location) throws SQLException {
    Store store = connect(location, false);
    try {
      if (!store.schemaCurrent()) {
        store.createSchema();
      }
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * Opens the store for commands that only read it. A DuckDB file whose schema is already current
   * is opened read-only, so nothing is written (a full disk does not stop a report) and other
   * read-only openers are not locked out; a missing file, or one written by an older caseflow, is
   * opened as {@link #open} does (created, or its schema brought up to date).
   *
   * @throws StoreInUseException when another process holds the DuckDB file for writing
   */
  public static Store openForReading(String location) throws SQLException {
    if (isPostgres(location) || !Files.isRegularFile(duckDbPath(location))) {
      return open(location);
    }
    Store store = connect(location, true);
    boolean current;
    try {
      current = store.schemaCurrent();
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e;
    }
    if (current) {
      return store;
    }
    store.close();
    return open(location);
  }

  private static boolean isPostgres(String location) {
    return location.startsWith("jdbc:postgresql:");
  }

  private static Path duckDbPath(String location) {
    String file = location.startsWith("jdbc:duckdb:") ? location.substring(12) : location;
    return Path.of(file).toAbsolutePath();
  }

  private static Store connect(String location, boolean readOnly) throws SQLException {
    if (isPostgres(location)) {
      Connection c = DriverManager.getConnection(location);
      return new Store(c, Dialect.POSTGRESQL, "PostgreSQL " + redact(location), location);
    }
    Path path = duckDbPath(location);
    try {
      if (path.getParent() != null && !readOnly) {
        OwnerOnly.createDirectories(path.getParent());
      }
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create the folder for the store " + path, e);
    }
    Properties p = new Properties();
    // Nothing may be downloaded at run time: extensions not bundled fail fast instead.
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + path, p);
      if (!readOnly) {
        // Children's data: the owner's only (DuckDB creates the file with the umask's mode).
        try {
          OwnerOnly.restrict(path);
          OwnerOnly.restrict(Path.of(path + ".wal"));
        } catch (java.io.IOException e) {
          c.close();
          throw new SQLException(
              "cannot make the store " + path + " readable by its owner only", e);
        }
      }
      return new Store(
          c, Dialect.DUCKDB, "DuckDB " + path + (readOnly ? " (read-only)" : ""), location);
    } catch (SQLException e) {
      if (StoreFault.of(e) == StoreFault.IN_USE) {
        throw new StoreInUseException(path.toString(), e);
      }
      throw e;
    }
  }

  /**
   * The fingerprint of the schema this caseflow writes: its DDL and shims, so any change to either
   * makes an older store not current.
   */
  static String schemaFingerprint(Dialect dialect) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String ddl : Ddl.statements(dialect)) {
        sha.update(ddl.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      for (String shim : Shims.statements(dialect)) {
        sha.update(shim.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Whether the store holds this caseflow's schema, as recorded when it was last written. */
  boolean schemaCurrent() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + SCHEMA_TABLE
                    + "'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return false;
      }
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT fingerprint FROM " + SCHEMA_TABLE)) {
      return rs.next() && schemaFingerprint(dialect).equals(rs.getString(1)) && !rs.next();
    }
  }

  /** The one-row table recording the fingerprint of the schema a store was last given. */
  static final String SCHEMA_TABLE = "store_schema";

  /**
   * A DuckDB store held in memory only, gone when closed: for checking files without a store (as
   * {@code caseflow validate FILE} does).
   */
  public static Store inMemory() throws SQLException {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    Store store =
        new Store(DriverManager.getConnection("jdbc:duckdb:", p), Dialect.DUCKDB, "memory", null);
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
      s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA_TABLE + " (fingerprint VARCHAR NOT NULL)");
      s.execute("DELETE FROM " + SCHEMA_TABLE);
      s.execute(
          "INSERT INTO "
              + SCHEMA_TABLE
              + " (fingerprint) VALUES ('"
              + schemaFingerprint(dialect)
              + "')");
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
    return DriverManager.getConnection(
        location != null ? location : connection.getMetaData().getURL());
  }

  /**
   * Another handle on the same store over {@linkplain #newConnection a connection of its own}, for
   * work on another thread (a dashboard's readers); closing it closes only that connection.
   */
  public Store reader() throws SQLException {
    return new Store(newConnection(), dialect, description, location);
  }

  /**
   * The store opened again from its location, as {@link #open} does: after a fault (a full disk)
   * has left its engine unusable. Every connection to a DuckDB file must be closed first, or the
   * engine already open (and unusable) is handed back.
   *
   * @throws IllegalStateException for a store held in memory only
   */
  public Store reopen() throws SQLException {
    if (location == null) {
      throw new IllegalStateException("a store held in memory cannot be opened again");
    }
    return open(location);
  }

  /**
   * The bytes free for the store on its disk, or -1 when that cannot be told (PostgreSQL, or a
   * store in memory).
   */
  public long usableSpace() {
    if (location == null || isPostgres(location)) {
      return -1;
    }
    Path path = duckDbPath(location);
    try {
      Path on = Files.exists(path) ? path : path.getParent();
      return on == null ? -1 : Files.getFileStore(on).getUsableSpace();
    } catch (java.io.IOException e) {
      return -1;
    }
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
