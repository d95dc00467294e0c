package org.caseflow.domain.schema;

/**
 * How rows from an earlier return give way to a later return of the same kind for the same council,
 * so that several years merge into one history per child.
 *
 * <p>A return for a collection year covers 1 April to 31 March. A later return is the complete
 * record of everything open or happening in its year, so it supersedes the overlapping part of an
 * earlier one: any earlier row still open at, or dated on or after, the start of the later return's
 * period. Rows that ended before then stay as history. A second import of the same collection year
 * (a resubmission) supersedes the earlier import of that year entirely.
 *
 * @param rule the kind of rule
 * @param column for {@link Rule#SPAN}, the date column that ends the row (null means still open);
 *     for {@link Rule#PER_KEY}, the key column; otherwise null
 */
public record Supersede(Rule rule, String column) {

  /** The kinds of supersede rule. */
  public enum Rule {
    /**
     * Superseded when the row's end date (the named column) is missing or on or after the start of
     * a later return's period.
     */
    SPAN,
    /** One row set per child: the latest return that holds the child wins. */
    PER_CHILD,
    /** An annual cohort (e.g. OC2, OC3, AD1): replaced only by a resubmission of the same year. */
    YEAR,
    /** Follows the CIN episode it belongs to (assessments, S47s, CP plans and their parts). */
    CIN_EPISODE,
    /**
     * Superseded when a later batch (a later year, or a later import of the same year) holds a row
     * with the same value in the named column, e.g. the same month of a caseload extract.
     */
    PER_KEY
  }

  /** Rows end on the given date column. */
  public static Supersede span(String column) {
    return new Supersede(Rule.SPAN, column);
  }

  /** One row set per child. */
  public static Supersede perChild() {
    return new Supersede(Rule.PER_CHILD, null);
  }

  /** An annual cohort. */
  public static Supersede year() {
    return new Supersede(Rule.YEAR, null);
  }

  /** Rows give way to a later batch's rows with the same value in the column. */
  public static Supersede perKey(String column) {
    return new Supersede(Rule.PER_KEY, column);
  }

  /** Follows the CIN episode the row belongs to. */
  public static Supersede cinEpisode() {
    return new Supersede(Rule.CIN_EPISODE, null);
  }
}
