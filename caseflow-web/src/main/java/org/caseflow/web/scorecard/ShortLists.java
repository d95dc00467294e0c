package org.caseflow.web.scorecard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseflow.store.Store;

/** Each person's own short lists of scorecard indicators, kept in the store. */
final class ShortLists {
  /** The most lists one person keeps. */
  static final int MAX_LISTS = 20;

  /**
   * A saved short list.
   *
   * @param name its name, as the person typed it
   * @param ids the indicators' ids, in order
   * @param isDefault whether it opens when they open the scorecard
   */
  record ShortList(String name, List<String> ids, boolean isDefault) {}

  private final Store store;
  private final Clock clock;

  ShortLists(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The person's lists for the council, by name. */
  List<ShortList> of(String user, String la) throws SQLException {
    List<ShortList> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT list_name, indicators, is_default FROM clinic_short_list"
                    + " WHERE user_name = ? AND la = ? ORDER BY list_name")) {
      ps.setString(1, user);
      ps.setString(2, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ids = rs.getString(2);
          out.add(
              new ShortList(
                  rs.getString(1),
                  ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                  rs.getBoolean(3)));
        }
      }
    }
    return out;
  }

  /** The person's default list, if they marked one. */
  Optional<ShortList> defaultOf(String user, String la) throws SQLException {
    return of(user, la).stream().filter(ShortList::isDefault).findFirst();
  }

  /**
   * Saves a list (replacing one of the same name); a default list makes the others not default.
   *
   * @return false when the person already keeps {@link #MAX_LISTS} other lists
   */
  boolean save(String user, String la, String name, List<String> ids, boolean isDefault)
      throws SQLException {
    List<ShortList> existing = of(user, la);
    if (existing.size() >= MAX_LISTS && existing.stream().noneMatch(l -> l.name().equals(name))) {
      return false;
    }
    boolean auto = store.connection().getAutoCommit();
    store.connection().setAutoCommit(false);
    try {
      delete(user, la, name);
      if (isDefault) {
        try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "UPDATE clinic_short_list SET is_default = false"
                        + " WHERE user_name = ? AND la = ?")) {
          ps.setString(1, user);
          ps.setString(2, la);
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "INSERT INTO clinic_short_list (user_name, la, list_name, indicators,"
                      + " is_default, saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, user);
        ps.setString(2, la);
        ps.setString(3, name);
        ps.setString(4, String.join(",", ids));
        ps.setBoolean(5, isDefault);
        ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(clock)));
        ps.executeUpdate();
      }
      store.connection().commit();
    } catch (SQLException e) {
      store.connection().rollback();
      throw e;
    } finally {
      store.connection().setAutoCommit(auto);
    }
    return true;
  }

  /** Removes a list of the person's. */
  void delete(String user, String la, String name) throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "DELETE FROM clinic_short_list WHERE user_name = ? AND la = ? AND list_name = ?")) {
      ps.setString(1, user);
      ps.setString(2, la);
      ps.setString(3, name);
      ps.executeUpdate();
    }
  }
}
