package org.caseflow.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of every view of child-level data: who, when, what list and how many
 * children. It records the list, never the children's identifiers.
 */
public final class AuditLog {
  private final Store store;
  private final Clock clock;

  public AuditLog(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Records a view.
   *
   * @param actor who looked (a user name)
   * @param action what sort of view, e.g. {@code children}
   * @param la the council
   * @param subject what list, e.g. {@code IN07 2024-25}
   * @param children how many children were shown
   */
  public void record(String actor, String action, String la, String subject, int children)
      throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO audit_log (viewed_at, actor, action, la, subject, children)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock)));
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, la);
      ps.setString(5, subject);
      ps.setInt(6, children);
      ps.executeUpdate();
    }
  }

  /**
   * One recorded view.
   *
   * @param viewedAt when
   * @param actor who
   * @param action what sort of view (or refusal)
   * @param la the council
   * @param subject what list
   * @param children how many children were shown
   */
  public record Entry(
      LocalDateTime viewedAt,
      String actor,
      String action,
      String la,
      String subject,
      int children) {}

  /** The latest entries, newest first, at most {@code limit} of them. */
  public List<Entry> latest(int limit) throws SQLException {
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT viewed_at, actor, action, la, subject, children FROM audit_log"
                    + " ORDER BY viewed_at DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Entry(
                  rs.getTimestamp(1).toLocalDateTime(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6)));
        }
      }
    }
    return out;
  }
}
