package org.caseflow.ingest.ssda903;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * Reads one SSDA903 table as CSV (UTF-8, with or without a byte-order mark), recognising which
 * table it is from its columns, not its name. Column names are matched without regard to case or
 * order; columns caseflow does not read are reported once.
 *
 * <p>Findings: {@link FindingType#UNKNOWN_CODE} (placement types by collection year, and every
 * other code list), {@link FindingType#DUPLICATE_CHILD}, {@link FindingType#END_BEFORE_START},
 * {@link FindingType#NORMALISED_VALUE} (dates not written dd/mm/yyyy), {@link
 * FindingType#IGNORED_FIELD}.
 */
public final class Ssda903CsvReader implements ReturnReader {
  private static final Set<Ssda903Table> ONE_ROW_PER_CHILD =
      Set.of(
          Ssda903Table.HEADER,
          Ssda903Table.UASC,
          Ssda903Table.OC2,
          Ssda903Table.OC3,
          Ssda903Table.AD1);

  @Override
  public Format format() {
    return Format.SSDA903_CSV;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(in)) {
      return read(name, context, csv, sink, findings);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw encoding(name, e);
      }
      throw e;
    } catch (CharacterCodingException e) {
      throw encoding(name, e);
    }
  }

  private static InputException encoding(String name, Exception e) {
    return new InputException(
        name, "the file", "-", "the file is not UTF-8 text", "CSV saved as UTF-8", e);
  }

  private static ReadResult read(
      String name, ReadContext context, CsvReader<CsvRecord> csv, RowSink sink, Findings findings)
      throws InputException {
    var it = csv.iterator();
    if (!it.hasNext()) {
      throw new InputException(
          name,
          "the file",
          "-",
          "the file is empty",
          "a header line naming the columns, e.g. CHILD,DECOM,…");
    }
    CsvRecord head = it.next();
    List<String> columns = new ArrayList<>();
    for (String f : head.getFields()) {
      columns.add(f.replace("\uFEFF", "").strip().replace("\"", "").toUpperCase(Locale.ROOT));
    }
    Set<String> headerSet = new LinkedHashSet<>(columns);
    Ssda903Table t = Ssda903Table.recognise(headerSet);
    if (t == null) {
      Ssda903Table near = Ssda903Table.closest(headerSet);
      Set<String> missing = new TreeSet<>(near.required);
      missing.removeAll(headerSet);
      throw new InputException(
          name,
          "line 1",
          String.join(", ", missing),
          "the header lacks "
              + (missing.size() == 1 ? "the column " : "the columns ")
              + String.join(", ", missing)
              + " that the "
              + near.label
              + " table needs",
          "the " + near.label + " columns " + String.join(",", near.required) + " (any order)");
    }
    Table table = t.table;
    int[] target = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      target[i] = -1;
      for (String[] c : t.columns) {
        if (c[0].equals(columns.get(i))) {
          target[i] = table.indexOf(c[1]);
        }
      }
      if (target[i] < 0 && !t.known().contains(columns.get(i))) {
        findings.add(
            new Finding(
                FindingType.IGNORED_FIELD,
                name,
                "line 1",
                columns.get(i),
                null,
                "not a column of the " + t.label + " table"));
      }
    }
    Ssda903Values values = new Ssda903Values(name, findings);
    Set<String> seen = new HashSet<>();
    List<Object[]> placements = new ArrayList<>();
    int rows = 0;
    int idIndex = table.indexOf("child_id");
    while (it.hasNext()) {
      CsvRecord r = it.next();
      String where = "line " + r.getStartingLineNumber();
      if (r.isComment() || (r.getFieldCount() == 1 && r.getField(0).isBlank())) {
        continue;
      }
      Object[] row = new Object[table.columns().size()];
      if (table == Table.CHILD) {
        row[0] = "SSDA903";
      }
      for (int i = 0; i < columns.size() && i < r.getFieldCount(); i++) {
        if (target[i] >= 0) {
          Column col = table.columns().get(target[i]);
          row[target[i]] = values.value(table, col, columns.get(i), r.getField(i), where);
        }
      }
      if (row[idIndex] == null) {
        throw new InputException(
            name, where, "CHILD", "the row has no child identifier", "every row to name its CHILD");
      }
      if (ONE_ROW_PER_CHILD.contains(t) && !seen.add((String) row[idIndex])) {
        findings.add(
            new Finding(
                FindingType.DUPLICATE_CHILD,
                name,
                where,
                "CHILD",
                null,
                "the child already has a row in " + t.label + "; expected one row per child"));
      }
      if (table == Table.CLA_EPISODE) {
        checkOrder(
            name,
            where,
            "DEC",
            row,
            table.indexOf("start_date"),
            table.indexOf("end_date"),
            findings);
        String place = (String) row[table.indexOf("placement_type")];
        if (place != null) {
          placements.add(new Object[] {where, place});
        }
      } else if (table == Table.MISSING_EPISODE || table == Table.SOCIAL_WORKER_EPISODE) {
        checkOrder(
            name,
            where,
            table == Table.MISSING_EPISODE ? "MIS_END" : "SW_DEC",
            row,
            table.indexOf("start_date"),
            table.indexOf("end_date"),
            findings);
      }
      sink.row(table, row);
      rows++;
    }
    CollectionYear year = context.year();
    CollectionYear codesYear =
        year != null
            ? year
            : values.latest == null ? null : CollectionYear.containing(values.latest);
    if (codesYear != null) {
      for (Object[] p : placements) {
        String code = (String) p[1];
        if (!Ssda903Codes.placement(code, codesYear.endYear())) {
          findings.add(
              new Finding(
                  FindingType.UNKNOWN_CODE,
                  name,
                  (String) p[0],
                  "PLACE",
                  code,
                  "not a placement type in " + codesYear));
        }
      }
    }
    return new ReadResult(
        Format.SSDA903_CSV, context.la(), year, Set.of(table), Map.of(table, rows), values.latest);
  }

  private static void checkOrder(
      String file,
      String where,
      String field,
      Object[] row,
      int start,
      int end,
      Findings findings) {
    var s = (java.time.LocalDate) row[start];
    var e = (java.time.LocalDate) row[end];
    if (s != null && e != null && e.isBefore(s)) {
      findings.add(
          new Finding(
              FindingType.END_BEFORE_START,
              file,
              where,
              field,
              e.toString(),
              "expected a date on or after " + s));
    }
  }
}
