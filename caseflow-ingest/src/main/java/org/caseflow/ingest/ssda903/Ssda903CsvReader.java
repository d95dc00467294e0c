package org.caseflow.ingest.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * Reads one SSDA903 table exported as CSV. The table (Header, Episodes, Reviews, UASC, OC2, OC3,
 * AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes or DoLo) is recognised by its columns, in any
 * order and any case, never by the file's name. Dates are dd/mm/yyyy; d/m/yyyy and yyyy-mm-dd are
 * accepted with a finding.
 */
public final class Ssda903CsvReader implements ReturnReader {

  @Override
  public Format format() {
    return Format.SSDA903_CSV;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    org.caseflow.ingest.Utf8.require(file, "CSV saved as UTF-8");
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder()
            .detectBomHeader(true)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .maxBufferSize(Limits.MAX_CSV_BUFFER_CHARS);
    try (CsvReader<CsvRecord> csv = builder.ofCsvRecord(file, StandardCharsets.UTF_8)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new InputException(
            name,
            "line 1",
            "-",
            "the file is empty",
            "a header line naming the columns of an SSDA903 table, e.g. "
                + Layout.EPISODES.columnList());
      }
      CsvRecord head = records.next();
      String headLine = "line " + head.getStartingLineNumber();
      List<String> columns = new ArrayList<>(head.getFieldCount());
      for (String c : head.getFields()) {
        columns.add(c.strip().toUpperCase(Locale.ROOT));
      }
      Layout layout = recognise(name, headLine, columns);
      int[] index = new int[layout.fields().size()];
      Arrays.fill(index, -1);
      for (int c = 0; c < columns.size(); c++) {
        int f = layout.indexOf(columns.get(c));
        if (f >= 0 && index[f] < 0) {
          index[f] = c;
        } else if (!columns.get(c).isEmpty()) {
          findings.add(
              new Finding(
                  FindingType.IGNORED_FIELD,
                  name,
                  headLine,
                  heading(head.getField(c).strip(), c),
                  null,
                  f >= 0
                      ? "the column appears twice; only the first is read"
                      : "not a column of the SSDA903 " + layout.label() + " table"));
        }
      }
      Converter converter = new Converter(name, false, context, sink, findings);
      while (records.hasNext()) {
        CsvRecord r = records.next();
        Limits.checkRecord(
            name,
            r.getStartingLineNumber(),
            r.getFields(),
            c -> heading(c < head.getFieldCount() ? head.getField(c).strip() : "", c));
        int n = r.getFieldCount();
        String[] raw = new String[index.length];
        for (int i = 0; i < index.length; i++) {
          int c = index[i];
          raw[i] = c >= 0 && c < n ? r.getField(c) : null;
        }
        converter.row(layout, raw, "line " + r.getStartingLineNumber());
      }
      return converter.finish(Format.SSDA903_CSV, Set.of(layout.table()));
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

  /**
   * A heading as a finding may name it: itself when it looks like a heading (letters and
   * underscores, perhaps one digit at the end), else its position, for a heading line with data on
   * it (a child's id) must not be repeated.
   */
  static String heading(String given, int column) {
    return given.matches("[A-Za-z][A-Za-z_]{0,39}[0-9]?") ? given : "column " + (column + 1);
  }

  /**
   * The table whose columns the header matches best: the one sharing most columns, ties going to
   * the table with fewer columns missing. A table is only recognised by a column that belongs to
   * few tables (not CHILD, DOB or SEX).
   */
  static Layout recognise(String name, String headLine, List<String> columns)
      throws InputException {
    Set<String> present = Set.copyOf(columns);
    Layout best = null;
    int bestMatched = 0;
    int bestMissing = 0;
    boolean tie = false;
    for (Layout l : Layout.values()) {
      int matched = 0;
      int missing = 0;
      boolean distinctive = false;
      for (Field f : l.fields()) {
        if (present.contains(f.source())) {
          matched++;
          distinctive |= !Layout.COMMON.contains(f.source());
        } else if (!f.optional()) {
          missing++;
        }
      }
      if (!distinctive) {
        continue;
      }
      if (best == null
          || matched > bestMatched
          || (matched == bestMatched && missing < bestMissing)) {
        best = l;
        bestMatched = matched;
        bestMissing = missing;
        tie = false;
      } else if (matched == bestMatched && missing == bestMissing) {
        tie = true;
      }
    }
    if (best == null || tie) {
      throw new InputException(
          name,
          headLine,
          "-",
          "the columns do not match any SSDA903 table",
          "the columns of one of: "
              + Arrays.stream(Layout.values())
                  .map(l -> l.label() + " (" + l.columnList() + ")")
                  .collect(Collectors.joining("; ")));
    }
    List<String> missing =
        best.fields().stream()
            .filter(f -> !f.optional())
            .map(Field::source)
            .filter(s -> !present.contains(s))
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new InputException(
          name,
          headLine,
          String.join(", ", missing),
          (missing.size() == 1 ? "column " : "columns ")
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing from the SSDA903 "
              + best.label()
              + " table",
          "the columns " + best.columnList() + " (in any order)");
    }
    return best;
  }
}
