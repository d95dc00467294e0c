package org.caseflow.measure;

import java.util.Optional;

/**
 * One exception list a clinic works from: the children a statutory timescale (or a local standard,
 * said as such) finds overdue on a reference date, drawn by one query from {@code lists/}. A list
 * the returns cannot draw has no query and says why ({@link #notHeld()}).
 *
 * @param id its id, e.g. {@code icpcs-overdue} (never a child's)
 * @param title its title in the council's words
 * @param timescale the timescale and how the query reads it
 * @param source the returns it reads
 * @param startLabel the heading of the date that started the clock, or null when there is none
 * @param lastLabel the heading of the latest date (visit, review), or null
 * @param dueLabel the heading of the due date, or null
 * @param numberLabel the heading of the number of days (overdue, open, since)
 * @param detailLabel the heading of the detail column, or null
 * @param notHeld what the returns do not hold for this list, or null
 * @param sql the query, or null when the list cannot be drawn
 */
public record ExceptionList(
    String id,
    String title,
    String timescale,
    String source,
    String startLabel,
    String lastLabel,
    String dueLabel,
    String numberLabel,
    String detailLabel,
    String notHeld,
    String sql) {

  /** Whether the returns hold what the list needs (it has a query). */
  public boolean drawn() {
    return sql != null;
  }

  /** What the returns do not hold, if anything. */
  public Optional<String> missing() {
    return Optional.ofNullable(notHeld);
  }
}
