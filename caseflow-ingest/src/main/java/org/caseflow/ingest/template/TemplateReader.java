package org.caseflow.ingest.template;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.schema.ColumnType;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;
import org.caseflow.ingest.Utf8;

/**
 * Reads one CSV file of a {@link Template}. Strict, because these files are typed by hand: every
 * heading must be the template's (any order, any case), every cell must read as its column's kind
 * and range, and a key (e.g. month and worker) may appear only once. The first problem refuses the
 * whole file with an {@link InputException} naming the file, line, column and what was expected; a
 * value from a personal column (a worker, a child) is never repeated in the message.
 */
public final class TemplateReader implements ReturnReader {
  private final Template template;

  /** A reader for the template. */
  public TemplateReader(Template template) {
    this.template = template;
  }

  @Override
  public Format format() {
    return template.format();
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    Utf8.require(file, "CSV saved as UTF-8");
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder()
            .detectBomHeader(true)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .maxBufferSize(Limits.MAX_CSV_BUFFER_CHARS);
    Table table = template.table();
    List<Field> fields = template.fields();
    try (CsvReader<CsvRecord> csv = builder.ofCsvRecord(file, StandardCharsets.UTF_8)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new InputException(
            name, "line 1", "-", "the file is empty", "the headings " + template.headerLine());
      }
      CsvRecord head = records.next();
      int[] index = headings(name, head);
      List<Object[]> rows = new ArrayList<>();
      Map<List<Object>, Long> keys = new HashMap<>();
      LocalDate latest = null;
      while (records.hasNext()) {
        CsvRecord r = records.next();
        long line = r.getStartingLineNumber();
        Limits.checkRecord(name, line, r.getFields(), c -> heading(head, c));
        Object[] values = new Object[table.columns().size()];
        List<Object> key = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
          Field f = fields.get(i);
          String raw = index[i] < r.getFieldCount() ? r.getField(index[i]).strip() : "";
          Object v = cell(name, line, f, table.column(f.column()).orElseThrow().type(), raw);
          values[table.indexOf(f.column())] = v;
          if (v instanceof LocalDate d && (latest == null || d.isAfter(latest))) {
            latest = d;
          }
          if (template.key().contains(f.header())) {
            key.add(v instanceof String s ? s.toLowerCase(Locale.ROOT) : v);
          }
        }
        Long earlier = keys.putIfAbsent(key, line);
        if (earlier != null) {
          throw new InputException(
              name,
              "line " + line,
              String.join(", ", template.key()),
              "the row repeats line " + earlier,
              "one row for each " + String.join(" and ", template.key()));
        }
        rows.add(values);
      }
      for (Object[] row : rows) {
        sink.row(table, row);
      }
      return new ReadResult(
          template.format(),
          context.la(),
          context.year(),
          Set.of(table),
          rows.isEmpty() ? Map.of() : Map.of(table, rows.size()),
          latest);
    } catch (CsvParseException e) {
      InputException beyond = Limits.csvBeyondBuffer(name, e);
      if (beyond != null) {
        throw beyond;
      }
      throw new InputException(
          name, "the file", "-", "the file is not well-formed CSV", "a comma-separated file", e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A column's heading as a message may give it: a template's own, else its position. */
  private String heading(CsvRecord head, int column) {
    String h = column < head.getFieldCount() ? head.getField(column).strip() : "";
    for (Field f : template.fields()) {
      if (f.header().equalsIgnoreCase(h)) {
        return f.header();
      }
    }
    return "column " + (column + 1);
  }

  private int[] headings(String name, CsvRecord head) throws InputException {
    List<Field> fields = template.fields();
    int[] index = new int[fields.size()];
    Arrays.fill(index, -1);
    String expected = "the " + template.fileStem() + " headings " + template.headerLine();
    for (int c = 0; c < head.getFieldCount(); c++) {
      String h = head.getField(c).strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      int found = -1;
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).header().equals(h)) {
          found = i;
        }
      }
      if (found < 0) {
        // A file without its heading line has a row of data here (a child's id, a worker's
        // name): a heading is only quoted when it looks like one, in lower case and underscores.
        String given = head.getField(c).strip();
        boolean quotable = given.matches("[a-z][a-z_]{0,59}");
        throw new InputException(
            name,
            "line 1",
            quotable ? given : "column " + (c + 1),
            (quotable ? "column '" + given + "'" : "column " + (c + 1) + " of the first line")
                + " is not a column of the template",
            expected);
      }
      if (index[found] >= 0) {
        throw new InputException(
            name, "line 1", fields.get(found).header(), "the column appears twice", expected);
      }
      index[found] = c;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (index[i] < 0) {
        throw new InputException(
            name,
            "line 1",
            fields.get(i).header(),
            "column '" + fields.get(i).header() + "' is missing",
            expected);
      }
    }
    return index;
  }

  private static Object cell(String name, long line, Field f, ColumnType type, String raw)
      throws InputException {
    if (raw.isEmpty()) {
      if (f.required()) {
        throw new InputException(
            name, "line " + line, f.header(), "the cell is empty", f.expected());
      }
      return null;
    }
    String shown = PersonalFields.shown(f.column(), raw);
    String problem = shown == null ? "the value" : "'" + shown + "'";
    try {
      return switch (f.kind()) {
        case TEXT -> raw;
        case DATE -> LocalDate.parse(raw);
        case MONTH -> YearMonth.parse(raw).atDay(1);
        case FINANCIAL_YEAR -> {
          if (!raw.matches("\\d{4}-\\d{2}")
              || (Integer.parseInt(raw.substring(0, 4)) + 1) % 100
                  != Integer.parseInt(raw.substring(5))) {
            throw new NumberFormatException();
          }
          yield LocalDate.of(Integer.parseInt(raw.substring(0, 4)), 4, 1);
        }
        case INTEGER -> {
          long n = Long.parseLong(raw);
          if (n < f.min() || n > f.max()) {
            throw new InputException(
                name, "line " + line, f.header(), problem + " is out of range", f.expected());
          }
          yield (int) n;
        }
        case DECIMAL -> {
          double d = Double.parseDouble(raw.replace(",", ""));
          if (Double.isNaN(d) || d < f.min() || d > f.max()) {
            throw new InputException(
                name, "line " + line, f.header(), problem + " is out of range", f.expected());
          }
          yield d;
        }
        case CHOICE -> {
          int k = -1;
          for (int i = 0; i < f.values().size(); i++) {
            if (f.values().get(i).equalsIgnoreCase(raw)) {
              k = i;
            }
          }
          if (k < 0) {
            throw new NumberFormatException();
          }
          yield type == ColumnType.BOOLEAN ? (Object) (k == 0) : f.values().get(k);
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new InputException(
          name, "line " + line, f.header(), problem + " is not " + article(f.kind()), f.expected());
    }
  }

  private static String article(Field.Kind kind) {
    return switch (kind) {
      case TEXT -> "text";
      case DATE -> "a date";
      case MONTH -> "a month";
      case FINANCIAL_YEAR -> "a financial year";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number";
      case CHOICE -> "one of the accepted words";
    };
  }
}
