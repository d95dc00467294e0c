package org.caseflow.ingest.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.RowSink;

/**
 * Turns the raw values of one 903 row into a canonical row, checking them on the way. One per file:
 * it keeps the file's latest event date, the children already seen in one-row-per-child tables and
 * the year-dependent code checks waiting for the year to be known.
 */
final class Converter {
  private static final int CHILD_SOURCE = Table.CHILD.indexOf("source");
  private static final int CHILD_SEX_GIVEN = Table.CHILD.indexOf("sex_given");

  /** A code whose validity depends on the year, checked once the year is known. */
  private record Deferred(String location, String field, String code, CodeLists.Span span) {}

  private final String file;
  private final boolean xml;
  private final ReadContext context;
  private final RowSink sink;
  private final Findings findings;
  private final List<Deferred> deferred = new ArrayList<>();
  private final Map<Layout, Map<String, String>> seen = new EnumMap<>(Layout.class);
  private final int[] rows = new int[Table.values().length];
  private LocalDate latest;

  Converter(String file, boolean xml, ReadContext context, RowSink sink, Findings findings) {
    this.file = file;
    this.xml = xml;
    this.context = context;
    this.sink = sink;
    this.findings = findings;
  }

  /**
   * Converts and writes one row.
   *
   * @param raw the values in the order of {@link Layout#fields()}, null where absent
   * @param location the line or element, for messages
   */
  void row(Layout layout, String[] raw, String location) {
    List<Field> fields = layout.fields();
    boolean blank = true;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = clean(raw[i]);
      blank &= raw[i] == null;
    }
    if (blank) {
      return;
    }
    String child = raw[0];
    if (child == null) {
      finding(
          FindingType.MISSING_REQUIRED_FIELD,
          location,
          "CHILD",
          null,
          "the child's identifier; the row was not read");
      return;
    }
    if (layout.onePerChild()) {
      String first =
          seen.computeIfAbsent(layout, l -> new HashMap<>()).putIfAbsent(child, location);
      if (first != null) {
        finding(
            FindingType.DUPLICATE_CHILD,
            location,
            "CHILD",
            null,
            "one row per child in "
                + layout.label()
                + "; the child is already at "
                + first
                + ", so this row was not read");
        return;
      }
    }
    Table table = layout.table();
    Object[] values = new Object[table.columns().size()];
    Set<String> unreadable = new TreeSet<>();
    if (table == Table.CHILD) {
      values[CHILD_SOURCE] = "SSDA903";
    }
    for (int i = 0; i < raw.length; i++) {
      Field f = fields.get(i);
      String v = raw[i];
      if (f.kind() == Field.Kind.UNUSED) {
        continue;
      }
      if (v == null) {
        if (f.required()) {
          finding(FindingType.MISSING_REQUIRED_FIELD, location, f.source(), null, "a value");
        }
        continue;
      }
      if (f.kind() == Field.Kind.SEX && table == Table.CHILD) {
        // Kept as given too: from 2024-25 the DfE's rule 101 refuses the 1 and 2 read as M and F.
        values[CHILD_SEX_GIVEN] = v;
      }
      Object value = value(f, v, location);
      if (value == null) {
        // Present in the file but not readable as its type: kept empty, and named so that the
        // DfE rule checking the field's form reports it.
        unreadable.add(f.source());
      }
      values[layout.target(i)] = value;
    }
    checkSpan(layout, values, location);
    if (unreadable.isEmpty()) {
      sink.row(table, values);
    } else {
      sink.row(table, values, unreadable);
    }
    rows[table.ordinal()]++;
  }

  /** The value read, or null when the value given cannot be read as the field's type. */
  private Object value(Field f, String v, String location) {
    return switch (f.kind()) {
      case ID, TEXT, UNUSED -> v;
      case CODE -> code(f.source(), v, location);
      case DATE -> date(f, v, location);
      case FLAG -> flag(f, v, location);
      case INTEGER -> integer(f, v, location);
      case SEX -> sex(v, location);
    };
  }

  private String code(String field, String v, String location) {
    String code = v.toUpperCase(Locale.ROOT);
    CodeLists.Span span = CodeLists.span(field, code);
    CollectionYear year = context.year();
    if (span == null) {
      finding(FindingType.UNKNOWN_CODE, location, field, v, CodeLists.expected(field, year));
    } else if (!span.always()) {
      if (year == null) {
        deferred.add(new Deferred(location, field, v, span));
      } else if (!span.contains(year)) {
        finding(FindingType.UNKNOWN_CODE, location, field, v, CodeLists.expected(field, year));
      }
    }
    return span == null ? v : code;
  }

  private String sex(String v, String location) {
    String s = v.toUpperCase(Locale.ROOT);
    switch (s) {
      case "1", "2", "M", "F", "U" -> {
        code("SEX", s, location);
        return s.equals("1") ? "M" : s.equals("2") ? "F" : s;
      }
      case "MALE", "FEMALE" -> {
        String n = s.substring(0, 1);
        finding(FindingType.NORMALISED_VALUE, location, "SEX", v, "read as " + n);
        return n;
      }
      default -> {
        finding(
            FindingType.UNKNOWN_CODE,
            location,
            "SEX",
            v,
            "1 or 2 (until 2023-24) or M, F or U (from 2024-25); the sex was left empty");
        return null;
      }
    }
  }

  private LocalDate date(Field f, String v, String location) {
    LocalDate d = Dates.parse(v);
    String shown = PersonalFields.shown(f.personalName(), v);
    if (d == null) {
      finding(
          FindingType.UNREADABLE_VALUE,
          location,
          f.source(),
          shown,
          (xml ? "a date as yyyy-mm-dd or dd/mm/yyyy" : "a date as dd/mm/yyyy")
              + "; the value is not a date and was left empty");
      return null;
    }
    Dates.Form form = Dates.form(v);
    if (form == Dates.Form.SHORT_DMY || (form == Dates.Form.ISO && !xml)) {
      finding(
          FindingType.NORMALISED_VALUE,
          location,
          f.source(),
          shown,
          (xml ? "a date as yyyy-mm-dd" : "a date as dd/mm/yyyy")
              + "; read as "
              + (shown == null ? "a date" : d.toString()));
    }
    if (f.event() && (latest == null || d.isAfter(latest))) {
      latest = d;
    }
    return d;
  }

  private Boolean flag(Field f, String v, String location) {
    switch (v) {
      case "1":
        return Boolean.TRUE;
      case "0":
        return Boolean.FALSE;
      default:
        break;
    }
    Boolean b =
        switch (v.toUpperCase(Locale.ROOT)) {
          case "TRUE", "Y", "YES" -> Boolean.TRUE;
          case "FALSE", "N", "NO" -> Boolean.FALSE;
          default -> null;
        };
    if (b == null) {
      finding(
          FindingType.UNREADABLE_VALUE,
          location,
          f.source(),
          v,
          "0 or 1; the value was left empty");
    } else {
      finding(
          FindingType.NORMALISED_VALUE, location, f.source(), v, "0 or 1; read as " + (b ? 1 : 0));
    }
    return b;
  }

  private Integer integer(Field f, String v, String location) {
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      finding(
          FindingType.UNREADABLE_VALUE,
          location,
          f.source(),
          v,
          "a whole number; the value was left empty");
      return null;
    }
  }

  private void checkSpan(Layout layout, Object[] values, String location) {
    if (layout.startIndex() < 0) {
      return;
    }
    Object start = values[layout.target(layout.startIndex())];
    Object end = values[layout.target(layout.endIndex())];
    if (start instanceof LocalDate s && end instanceof LocalDate e && e.isBefore(s)) {
      finding(
          FindingType.END_BEFORE_START,
          location,
          layout.endField(),
          e.toString(),
          "a date on or after " + layout.startField() + " (" + s + ")");
    }
  }

  private void finding(
      FindingType type, String location, String field, String value, String detail) {
    findings.add(new Finding(type, file, location, field, value, detail));
  }

  /** The latest event date read so far, or null. */
  LocalDate latest() {
    return latest;
  }

  /**
   * Checks the codes that waited for the year and describes the file.
   *
   * @param tables the tables the file delivers
   */
  ReadResult finish(Format format, Set<Table> tables) {
    CollectionYear year = context.year();
    if (year == null && latest != null) {
      year = CollectionYear.containing(latest);
    }
    if (year != null) {
      for (Deferred d : deferred) {
        if (!d.span().contains(year)) {
          finding(
              FindingType.UNKNOWN_CODE,
              d.location(),
              d.field(),
              d.code(),
              CodeLists.expected(d.field(), year)
                  + " (the year "
                  + year.label()
                  + " is inferred from the latest date in the file)");
        }
      }
    }
    deferred.clear();
    Map<Table, Integer> counts = new EnumMap<>(Table.class);
    for (Table t : tables) {
      counts.put(t, rows[t.ordinal()]);
    }
    return new ReadResult(format, context.la(), context.year(), tables, counts, latest);
  }

  private static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.charAt(0) > ' ' && s.charAt(s.length() - 1) > ' ') {
      return s;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
