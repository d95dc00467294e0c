package org.caseflow.measure;

import java.time.LocalDate;

/**
 * One unit behind a figure: the child, the date that put them in, and where they count.
 *
 * @param childId the council's child id (shown only to roles allowed to see children)
 * @param eventDate the date that puts the unit in the figure (referral, plan start, …)
 * @param inNumerator counted above the line
 * @param inDenominator counted below the line
 * @param measure the number averaged, for means and medians
 * @param category the breakdown category, or null
 * @param weight what the unit counts for: 1 for a child or an event; a worker's FTE or cases for
 *     the workforce indicators, whose queries return a {@code weight} column
 */
public record Member(
    String childId,
    LocalDate eventDate,
    boolean inNumerator,
    boolean inDenominator,
    Double measure,
    String category,
    double weight) {

  /** A unit that counts for one. */
  public Member(
      String childId,
      LocalDate eventDate,
      boolean inNumerator,
      boolean inDenominator,
      Double measure,
      String category) {
    this(childId, eventDate, inNumerator, inDenominator, measure, category, 1.0);
  }
}
