package org.caseflow.ingest.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.Values;

/** Turns SSDA903 field text into canonical values, with the checks both forms share. */
final class Ssda903Values {
  private final String file;
  private final Findings findings;
  LocalDate latest;

  Ssda903Values(String file, Findings findings) {
    this.file = file;
    this.findings = findings;
  }

  /**
   * The canonical value of one field.
   *
   * @param field the field as the return names it (for messages)
   */
  Object value(Table table, Column column, String field, String raw, String where)
      throws InputException {
    String text = Values.text(raw);
    if (text == null) {
      return null;
    }
    String c = column.name();
    try {
      switch (column.type()) {
        case DATE -> {
          Values.Parsed<LocalDate> d = Values.ukDate(text);
          if (!d.standard()) {
            findings.add(
                new Finding(
                    FindingType.NORMALISED_VALUE,
                    file,
                    where,
                    field,
                    PersonalFields.shown(c, text),
                    "read as "
                        + (PersonalFields.isPersonal(c) ? "a date" : d.value())
                        + "; the standard form is dd/mm/yyyy"));
          }
          if (!c.endsWith("birth_date") && (latest == null || d.value().isAfter(latest))) {
            latest = d.value();
          }
          return d.value();
        }
        case INTEGER -> {
          return Values.integer(text);
        }
        case BOOLEAN -> {
          return Values.flag(text);
        }
        case DECIMAL -> {
          return Double.valueOf(text);
        }
        case TEXT -> {
          if (c.equals("sex")) {
            return sex(text, field, where);
          }
          if (PersonalFields.isPersonal(c)
              || c.equals("urn")
              || c.equals("permanence_date")
              || c.equals("permanence_la")) {
            return text;
          }
          String code = Values.code(text);
          String list =
              table == Table.PLACED_FOR_ADOPTION && c.equals("reason_ceased")
                  ? "reason_ceased_adoption"
                  : c;
          var codes = Ssda903Codes.FIXED.get(list);
          boolean ok =
              c.equals("accommodation")
                  ? Ssda903Codes.accommodation(code)
                  : codes == null || codes.contains(code);
          if (!ok) {
            findings.add(
                new Finding(
                    FindingType.UNKNOWN_CODE,
                    file,
                    where,
                    field,
                    code,
                    "not in the " + field + " code list"));
          }
          return code;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new InputException(
          file,
          where,
          field,
          PersonalFields.isPersonal(c)
              ? "the value is not a date"
              : "'" + text + "' is not a " + what(column),
          column.type() == org.caseflow.domain.schema.ColumnType.DATE
              ? "a date as dd/mm/yyyy"
              : what(column));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, where, field, "'" + text + "' is not a flag", "1 or 0");
    }
    return text;
  }

  private String sex(String text, String field, String where) {
    return switch (text.toUpperCase(java.util.Locale.ROOT)) {
      case "1", "M" -> "M";
      case "2", "F" -> "F";
      case "U", "0", "9" -> "U";
      default -> {
        findings.add(
            new Finding(
                FindingType.UNKNOWN_CODE, file, where, field, text, "expected 1, 2, M, F or U"));
        yield "U";
      }
    };
  }

  private static String what(Column c) {
    return switch (c.type()) {
      case DATE -> "date";
      case INTEGER -> "whole number";
      case BOOLEAN -> "flag (1 or 0)";
      case DECIMAL -> "number";
      case TEXT -> "text";
    };
  }
}
