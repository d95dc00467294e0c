package org.caseflow.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseflow.store.Store;

/** Local accounts, kept in the store with bcrypt password hashes. */
public final class Users {
  /** bcrypt's cost: 2^10 rounds, the least the brief and OWASP accept. */
  static final int COST = 10;

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD = 12;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

  /** A bcrypt hash of a password nobody has, checked when the name is unknown (same timing). */
  private static final byte[] DUMMY =
      BCrypt.withDefaults().hash(COST, "no such user: timing only".toCharArray());

  private final Store store;
  private final Clock clock;

  public Users(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Adds an account.
   *
   * @throws IllegalArgumentException when the name is taken or not allowed, or the password is too
   *     short
   */
  public void add(String name, Role role, char[] password) throws SQLException {
    check(name, password);
    if (role(name).isPresent()) {
      throw new IllegalArgumentException("there is already a user called " + name);
    }
    insert(name, role, password);
  }

  /** Adds an account, or replaces its role and password when it exists. */
  public void put(String name, Role role, char[] password) throws SQLException {
    check(name, password);
    try (PreparedStatement ps =
        store.connection().prepareStatement("DELETE FROM app_user WHERE user_name = ?")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
    insert(name, role, password);
  }

  private void insert(String name, Role role, char[] password) throws SQLException {
    String hash = new String(BCrypt.withDefaults().hash(COST, password), StandardCharsets.UTF_8);
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO app_user (user_name, role, password_hash, created_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      ps.setString(1, name);
      ps.setString(2, role.name());
      ps.setString(3, hash);
      ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(clock)));
      ps.executeUpdate();
    }
  }

  private static void check(String name, char[] password) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a user name is 2 to 64 letters, digits, '.', '_', '@' or '-'");
    }
    if (password == null || password.length < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "a password needs at least " + MIN_PASSWORD + " characters");
    }
  }

  /** A random password of 16 letters and digits (about 95 bits), for demo and bench accounts. */
  public static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < 16; k++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** The account's role, if the account exists. */
  public Optional<Role> role(String name) throws SQLException {
    return row(name).map(r -> r.role);
  }

  /**
   * An account as the lists show it.
   *
   * @param name the user name
   * @param role the role
   * @param created when it was added
   * @param disabled whether it is disabled (cannot sign in)
   */
  public record Account(String name, Role role, LocalDateTime created, boolean disabled) {}

  /** Every account, by name. */
  public java.util.List<Account> list() throws SQLException {
    java.util.List<Account> out = new java.util.ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT user_name, role, created_at, disabled_at FROM app_user"
                        + " ORDER BY user_name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Account(
                rs.getString(1),
                Role.valueOf(rs.getString(2)),
                rs.getTimestamp(3).toLocalDateTime(),
                rs.getTimestamp(4) != null));
      }
    }
    return out;
  }

  /**
   * Sets a new password.
   *
   * @throws IllegalArgumentException when there is no such account or the password is too short
   */
  public void reset(String name, char[] password) throws SQLException {
    check(name, password);
    String hash = new String(BCrypt.withDefaults().hash(COST, password), StandardCharsets.UTF_8);
    update(name, "UPDATE app_user SET password_hash = ? WHERE user_name = ?", hash);
  }

  /** Disables the account: it cannot sign in (its sessions are ended by the dashboard). */
  public void disable(String name) throws SQLException {
    update(
        name,
        "UPDATE app_user SET disabled_at = ? WHERE user_name = ?",
        Timestamp.valueOf(LocalDateTime.now(clock)));
  }

  /** Enables a disabled account again. */
  public void enable(String name) throws SQLException {
    update(name, "UPDATE app_user SET disabled_at = NULL WHERE user_name = ?", null);
  }

  /** Whether the account exists and is not disabled. */
  public boolean enabled(String name) throws SQLException {
    return row(name).map(r -> !r.disabled()).orElse(false);
  }

  private void update(String name, String sql, Object value) throws SQLException {
    if (row(name).isEmpty()) {
      throw new IllegalArgumentException("there is no user called " + name);
    }
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int k = 1;
      if (value != null) {
        ps.setObject(k++, value);
      }
      ps.setString(k, name);
      ps.executeUpdate();
    }
  }

  /** The role, when the name and password match an account. */
  Optional<Role> verify(String name, char[] password) throws SQLException {
    return check(row(name), password);
  }

  /**
   * The role, when the password matches the account read before (for checking the password without
   * holding the store). An unknown name costs the same bcrypt check as a known one.
   */
  public static Optional<Role> check(Optional<Row> row, char[] password) {
    byte[] hash = row.map(r -> r.hash.getBytes(StandardCharsets.UTF_8)).orElse(DUMMY);
    boolean ok = BCrypt.verifyer().verify(password, hash).verified;
    return ok && row.isPresent() && !row.get().disabled()
        ? Optional.of(row.get().role)
        : Optional.empty();
  }

  /**
   * An account's role and password hash.
   *
   * @param role the role
   * @param hash the bcrypt hash
   * @param disabled whether the account is disabled (its password is then never accepted)
   */
  public record Row(Role role, String hash, boolean disabled) {}

  public Optional<Row> row(String name) throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT role, password_hash, disabled_at FROM app_user WHERE user_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Row(Role.valueOf(rs.getString(1)), rs.getString(2), rs.getTimestamp(3) != null))
            : Optional.empty();
      }
    }
  }
}
