package org.caseflow.ingest.ssda903;

/**
 * One column of a 903 table and how it becomes a canonical value.
 *
 * @param source the column or element as the return names it, upper case
 * @param column the canonical column it fills, or null if caseflow does not keep it
 * @param kind how the value is read
 * @param required whether the specification forbids it to be blank
 * @param event whether it is the date of an event (used to infer the collection year)
 * @param optional whether a CSV file may leave the column out altogether (the XML form always
 *     carries it)
 */
record Field(
    String source, String column, Kind kind, boolean required, boolean event, boolean optional) {

  Field(String source, String column, Kind kind, boolean required, boolean event) {
    this(source, column, kind, required, event, false);
  }

  /** How a value is read. */
  enum Kind {
    /** The child's identifier: text, required. */
    ID,
    /** Free text, kept as given (trimmed). */
    TEXT,
    /** A code checked against the field's code list for the collection year. */
    CODE,
    /** A date. */
    DATE,
    /** A 0/1 flag. */
    FLAG,
    /** A whole number. */
    INTEGER,
    /** Sex: 1/2 or M/F/U, normalised to M, F or U. */
    SEX,
    /** Read by caseflow only to recognise the table; not kept. */
    UNUSED
  }

  static Field id() {
    return new Field("CHILD", "child_id", Kind.ID, true, false);
  }

  static Field unused(String source) {
    return new Field(source, null, Kind.UNUSED, false, false);
  }

  static Field text(String source, String column) {
    return new Field(source, column, Kind.TEXT, false, false);
  }

  static Field code(String source, String column) {
    return new Field(source, column, Kind.CODE, false, false);
  }

  static Field requiredCode(String source, String column) {
    return new Field(source, column, Kind.CODE, true, false);
  }

  static Field date(String source, String column) {
    return new Field(source, column, Kind.DATE, false, false);
  }

  static Field event(String source, String column) {
    return new Field(source, column, Kind.DATE, false, true);
  }

  static Field requiredEvent(String source, String column) {
    return new Field(source, column, Kind.DATE, true, true);
  }

  static Field flag(String source, String column) {
    return new Field(source, column, Kind.FLAG, false, false);
  }

  /** A 0/1 flag of the XML form that a CSV file may not have as a column, e.g. UASC. */
  static Field optionalFlag(String source, String column) {
    return new Field(source, column, Kind.FLAG, false, false, true);
  }

  static Field integer(String source, String column) {
    return new Field(source, column, Kind.INTEGER, false, false);
  }

  static Field sex(String column) {
    return new Field("SEX", column, Kind.SEX, false, false);
  }

  /**
   * The canonical name used to decide whether a value may be shown in a message; for columns not
   * kept, the canonical name of what they hold.
   */
  String personalName() {
    if (column != null) {
      return column;
    }
    return switch (source) {
      case "DOB" -> "birth_date";
      case "MC_DOB" -> "mother_child_birth_date";
      case "UPN" -> "upn";
      default -> source.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
