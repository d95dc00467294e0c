package org.caseflow.ingest;

import java.util.Objects;

/**
 * One recoverable problem in an input file. Findings never carry a child's identifier or personal
 * details: they locate the problem by file, line or element, and field.
 *
 * @param type what kind of problem
 * @param file the file's name (not its full path)
 * @param location the line ({@code line 12}) or element path ({@code Child 3 / CINdetails 1})
 * @param field the field or column, as named in the return
 * @param value the offending value, or null where it could identify a child
 * @param detail what was expected, in plain words
 */
public record Finding(
    FindingType type, String file, String location, String field, String value, String detail) {
  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(detail, "detail");
  }

  /** A one-line description for the import report. */
  public String describe() {
    return file
        + ": "
        + location
        + ", "
        + field
        + (value == null ? "" : " '" + value + "'")
        + ": "
        + detail
        + " ["
        + type.code()
        + "]";
  }
}
