package org.caseflow.web.actions;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caseflow.store.Store;

/** The clinic's actions and their updates, kept in the store. */
final class Actions {
  /** Where an action stands. */
  enum Status {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    boolean closed() {
      return this == DONE || this == DROPPED;
    }

    static Status parse(String text) {
      for (Status s : values()) {
        if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException("status: expected open, in_progress, done or dropped");
    }
  }

  record Action(
      long id,
      String la,
      String title,
      String raisedFrom,
      String owner,
      LocalDate due,
      Status status,
      String raisedBy,
      LocalDateTime raisedAt) {
    boolean overdue(LocalDate today) {
      return !status.closed() && due.isBefore(today);
    }
  }

  record Update(LocalDateTime writtenAt, String author, Status status, String note) {}

  private final Store store;
  private final Clock clock;

  Actions(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  long raise(String la, String title, String raisedFrom, String owner, LocalDate due, String by)
      throws SQLException {
    long id;
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(action_id), 0) + 1 FROM clinic_action")) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO clinic_action (action_id, la, title, raised_from, owner, due_date,"
                    + " status, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, la);
      ps.setString(3, title);
      ps.setString(4, raisedFrom);
      ps.setString(5, owner);
      ps.setDate(6, Date.valueOf(due));
      ps.setString(7, Status.OPEN.name());
      ps.setString(8, by);
      ps.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now(clock)));
      ps.executeUpdate();
    }
    return id;
  }

  void update(long id, String author, Status status, String note) throws SQLException {
    boolean auto = store.connection().getAutoCommit();
    store.connection().setAutoCommit(false);
    try {
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  "INSERT INTO clinic_action_update (action_id, written_at, author, status, note)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(clock)));
        ps.setString(3, author);
        ps.setString(4, status.name());
        ps.setString(5, note);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement("UPDATE clinic_action SET status = ? WHERE action_id = ?")) {
        ps.setString(1, status.name());
        ps.setLong(2, id);
        ps.executeUpdate();
      }
      store.connection().commit();
    } catch (SQLException e) {
      store.connection().rollback();
      throw e;
    } finally {
      store.connection().setAutoCommit(auto);
    }
  }

  List<Action> list(String la) throws SQLException {
    return query("WHERE la = ? ORDER BY due_date, action_id", la);
  }

  Optional<Action> find(long id) throws SQLException {
    List<Action> one = query("WHERE action_id = ?", id);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  List<Update> updates(long id) throws SQLException {
    List<Update> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT written_at, author, status, note FROM clinic_action_update"
                    + " WHERE action_id = ? ORDER BY written_at")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Update(
                  rs.getTimestamp(1).toLocalDateTime(),
                  rs.getString(2),
                  Status.valueOf(rs.getString(3)),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }

  private List<Action> query(String where, Object arg) throws SQLException {
    List<Action> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT action_id, la, title, raised_from, owner, due_date, status, raised_by,"
                    + " raised_at FROM clinic_action "
                    + where)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Action(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getDate(6).toLocalDate(),
                  Status.valueOf(rs.getString(7)),
                  rs.getString(8),
                  rs.getTimestamp(9).toLocalDateTime()));
        }
      }
    }
    return out;
  }
}
