package org.caseflow.ingest;

/**
 * The kinds of recoverable problem an import reports. Each becomes a finding with a stable code
 * (the lower-case name), listed in the import report with counts; none stops an import.
 */
public enum FindingType {
  /** A code is not in the code list for its field in the return's collection year. */
  UNKNOWN_CODE(Severity.ERROR, "A code is not in the field's code list for the collection year."),
  /** A date that should fall within the collection year falls outside it. */
  DATE_OUTSIDE_COLLECTION_YEAR(
      Severity.WARNING, "A date that should fall within the collection year falls outside it."),
  /**
   * The return's reference date is not the last day of its collection year (31 March for the CIN
   * census); the collection year is the one containing it.
   */
  REFERENCE_DATE_INCORRECT(
      Severity.ERROR, "The return's reference date is not the last day of its collection year."),
  /** A date is after the reference date of the return. */
  DATE_AFTER_REFERENCE_DATE(Severity.ERROR, "A date is after the return's reference date."),
  /**
   * An event (a referral, assessment, plan, episode, review…) is dated after its return's reference
   * date: the row is kept, and no figure counts it.
   */
  EVENT_NOT_COUNTED(
      Severity.WARNING,
      "An event dated after the return's reference date is kept but not counted in any figure."),
  /** An end date is before the start date it closes. */
  END_BEFORE_START(Severity.ERROR, "An end date is before its start date."),
  /**
   * A postcode (SSDA903 HOME_POST or PL_POST) is not in the bundled ONS Postcode Directory
   * (November 2025), or not shaped as a postcode: the fields derived from it are left empty.
   */
  UNKNOWN_POSTCODE(
      Severity.ERROR, "A postcode is not in the ONS Postcode Directory (November 2025)."),
  /** A child appears in a table but not in the return's list of children (e.g. 903 Header). */
  CHILD_NOT_IN_HEADER(
      Severity.ERROR, "A child appears in a table but not in the return's list of children."),
  /** The same child appears more than once where one row per child is expected. */
  DUPLICATE_CHILD(Severity.ERROR, "The same child appears more than once in a one-row table."),
  /** A field the specification requires is empty; the row is kept with the field missing. */
  MISSING_REQUIRED_FIELD(Severity.ERROR, "A required field is empty."),
  /** A value could not be read as its type; the row is kept with the field missing. */
  UNREADABLE_VALUE(Severity.ERROR, "A value could not be read as its type and was left empty."),
  /** A column or element that caseflow does not read was ignored. */
  IGNORED_FIELD(Severity.INFO, "A column or element that caseflow does not read was ignored."),
  /** A value was written in a non-standard form and normalised (e.g. {@code a) Male} to M). */
  NORMALISED_VALUE(Severity.INFO, "A value in a non-standard form was normalised.");

  private final Severity severity;
  private final String summary;

  FindingType(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /** The stable code of the finding, as it appears in reports. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** How much it matters. */
  public Severity severity() {
    return severity;
  }

  /** One sentence describing the faulty condition. */
  public String summary() {
    return summary;
  }
}
