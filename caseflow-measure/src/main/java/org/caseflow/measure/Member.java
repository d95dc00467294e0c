package org.caseflow.measure;

import java.time.LocalDate;

/**
 * One unit behind a figure: the child (or worker, household, budget line: see {@code subject}), the
 * date that put them in, and where they count.
 *
 * @param childId the member's id: a child's id for indicators of children (shown only to roles
 *     allowed to see children), else a worker's, household's or budget line's (see {@code subject})
 * @param eventDate the date that puts the unit in the figure (referral, plan start, …)
 * @param inNumerator counted above the line
 * @param inDenominator counted below the line
 * @param measure the number averaged, for means and medians
 * @param category the breakdown category, or null
 * @param weight what the unit counts for above the line (and below it, unless {@code
 *     denominatorWeight} says otherwise): 1 for a child or an event; a worker's FTE or cases, or
 *     pounds, for the indicators with a {@code weight:} header
 * @param denominatorWeight what the unit counts for below the line, for indicators weighted {@code
 *     X / Y} (e.g. a worker's cases above it, their FTE below); else equal to {@code weight}
 * @param subject what the unit is, from the indicator's {@code subject:} header
 */
public record Member(
    String childId,
    LocalDate eventDate,
    boolean inNumerator,
    boolean inDenominator,
    Double measure,
    String category,
    double weight,
    double denominatorWeight,
    Subject subject) {

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

  /** A child that counts for the weight on both sides. */
  public Member(
      String childId,
      LocalDate eventDate,
      boolean inNumerator,
      boolean inDenominator,
      Double measure,
      String category,
      double weight) {
    this(
        childId,
        eventDate,
        inNumerator,
        inDenominator,
        measure,
        category,
        weight,
        weight,
        Subject.CHILDREN);
  }

  /** The member's id, whatever it identifies (the same as {@link #childId()}). */
  public String id() {
    return childId;
  }
}
