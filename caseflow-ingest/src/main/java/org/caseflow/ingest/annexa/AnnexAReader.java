package org.caseflow.ingest.annexa;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;
import org.caseflow.ingest.Values;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an Ofsted Annex A workbook. Each sheet is recognised as list 1 to 11 by its header row
 * (which may sit below title rows), never by its name. Headers are matched without regard to case,
 * spacing and punctuation, with the variants councils use. Values are normalised: {@code a) Male},
 * {@code Male} and {@code M} are M; {@code a) Yes}, {@code Yes} and {@code Y} are yes; dates may be
 * date cells, Excel serial numbers, or text as dd/mm/yyyy or yyyy-mm-dd.
 *
 * <p>Findings: {@link FindingType#UNREADABLE_VALUE} (the value is left empty), {@link
 * FindingType#IGNORED_FIELD} (sheets and columns caseflow does not read).
 */
public final class AnnexAReader implements ReturnReader {
  private static final Pattern LETTER = Pattern.compile("^[a-zA-Z]\\)\\s*");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  /** Extra header spellings, normalised, for canonical columns (by column name). */
  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "child_id",
              List.of("childuniqueid", "childid", "uniqueid", "lachildid", "childreference"),
          "sex", List.of("gender", "sex"),
          "birth_date", List.of("dateofbirth", "dob", "birthdate"),
          "has_disability", List.of("doesthechildhaveadisability", "disability", "disabled"),
          "icpc_led_to_plan",
              List.of("didtheicpcresultinachildprotectionplan", "didtheicpcresultinacpp"),
          "previous_plans",
              List.of("numberofpreviouschildprotectionplans", "numberofpreviouscpplans"),
          "s47_last_12_months", List.of("numberofsection47enquiriesinthelast12months"),
          "icpc_last_12_months", List.of("numberoficpcsinthelast12months"));

  /** A column each list cannot be recognised without. */
  private static final Map<Table, String> KEY =
      Map.ofEntries(
          Map.entry(Table.AA_CONTACT, "contact_date"),
          Map.entry(Table.AA_EARLY_HELP, "completion_date"),
          Map.entry(Table.AA_REFERRAL, "referral_date"),
          Map.entry(Table.AA_ASSESSMENT, "child_seen"),
          Map.entry(Table.AA_SECTION47, "icpc_not_required"),
          Map.entry(Table.AA_CHILD_IN_NEED, "primary_need"),
          Map.entry(Table.AA_CHILD_PROTECTION, "initial_category"),
          Map.entry(Table.AA_CHILD_IN_CARE, "legal_status"),
          Map.entry(Table.AA_CARE_LEAVER, "accommodation"),
          Map.entry(Table.AA_ADOPTION, "entered_care_date"),
          Map.entry(Table.AA_ADOPTER, "adopter_id"));

  /** The key date of each list, which a row cannot do without. */
  private static final Map<Table, String> KEY_DATE =
      Map.ofEntries(
          Map.entry(Table.AA_CONTACT, "contact_date"),
          Map.entry(Table.AA_REFERRAL, "referral_date"),
          Map.entry(Table.AA_ASSESSMENT, "start_date"),
          Map.entry(Table.AA_SECTION47, "start_date"),
          Map.entry(Table.AA_CHILD_IN_NEED, "start_date"),
          Map.entry(Table.AA_CHILD_PROTECTION, "start_date"),
          Map.entry(Table.AA_CHILD_IN_CARE, "start_date"));

  private static final Set<String> CODES =
      Set.of(
          "primary_need",
          "initial_category",
          "latest_category",
          "legal_status",
          "placement_type",
          "reason_ceased",
          "reason_for_closure",
          "contact_source",
          "referral_source",
          "placement_provider",
          "category_of_need");

  @Override
  public Format format() {
    return Format.ANNEX_A_XLSX;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    Set<Table> tables = EnumSet.noneOf(Table.class);
    LocalDate[] latest = {null};
    ReadableWorkbook wb;
    try {
      wb = new ReadableWorkbook(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          name,
          "the file",
          "-",
          "the file is not a readable Excel workbook",
          "an .xlsx workbook",
          e);
    }
    try (wb) {
      for (Sheet sheet : wb.getSheets().toList()) {
        List<Row> all;
        try {
          all = sheet.read();
        } catch (IOException | RuntimeException e) {
          throw new InputException(
              name,
              "sheet '" + sheet.getName() + "'",
              "-",
              "the sheet cannot be read",
              "a readable worksheet",
              e);
        }
        readSheet(name, sheet.getName(), all, sink, findings, rows, tables, latest);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuntimeException re && re.getCause() instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(
          name,
          "the file",
          "-",
          "the workbook cannot be read (" + e.getClass().getSimpleName() + ")",
          "an .xlsx workbook",
          e);
    }
    return new ReadResult(
        Format.ANNEX_A_XLSX, context.la(), context.year(), tables, rows, latest[0]);
  }

  static String normal(String header) {
    String h = LETTER.matcher(header.strip()).replaceFirst("");
    return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The canonical column a header names in a table, or -1: exact match first, then prefix. */
  static int match(Table t, String header) {
    String h = normal(header);
    if (h.isEmpty()) {
      return -1;
    }
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < t.columns().size(); i++) {
      Column c = t.columns().get(i);
      List<String> keys = new ArrayList<>(SYNONYMS.getOrDefault(c.name(), List.of()));
      keys.add(normal(c.source()));
      for (String k : keys) {
        if (k.length() < 3) {
          continue;
        }
        int score = h.equals(k) ? 1000 + k.length() : h.startsWith(k) ? k.length() : -1;
        if (score > bestLength) {
          bestLength = score;
          best = i;
        }
      }
    }
    return best;
  }

  private static void readSheet(
      String file,
      String sheet,
      List<Row> all,
      RowSink sink,
      Findings findings,
      Map<Table, Integer> rows,
      Set<Table> tables,
      LocalDate[] latest)
      throws InputException {
    // Find the header row and the list it belongs to.
    for (int hr = 0; hr < Math.min(12, all.size()); hr++) {
      Row header = all.get(hr);
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < header.getCellCount(); c++) {
        headers.add(header.getCellText(c));
      }
      Table list = recognise(headers);
      if (list == null) {
        continue;
      }
      int[] target = new int[headers.size()];
      for (int c = 0; c < headers.size(); c++) {
        target[c] = match(list, headers.get(c));
        if (target[c] < 0
            && !headers.get(c).isBlank()
            && !normal(headers.get(c)).startsWith("age")) {
          findings.add(
              new Finding(
                  FindingType.IGNORED_FIELD,
                  file,
                  "sheet '" + sheet + "', row " + (hr + 1),
                  headers.get(c).strip(),
                  null,
                  "not a column caseflow reads in this list"));
        }
      }
      String id = list == Table.AA_ADOPTER ? "adopter_id" : "child_id";
      int idIndex = list.indexOf(id);
      boolean hasId = false;
      for (int t : target) {
        hasId |= t == idIndex;
      }
      if (!hasId) {
        throw new InputException(
            file,
            "sheet '" + sheet + "', row " + (hr + 1),
            list.columns().get(idIndex).source(),
            "the list has no "
                + (id.equals("child_id") ? "child identifier column" : "adopter identifier column"),
            "a column headed '"
                + (id.equals("child_id") ? "Child Unique ID" : "Individual adopter identifier")
                + "'");
      }
      String keyDate = KEY_DATE.get(list);
      if (keyDate != null) {
        int kd = list.indexOf(keyDate);
        boolean has = false;
        for (int t : target) {
          has |= t == kd;
        }
        if (!has) {
          throw new InputException(
              file,
              "sheet '" + sheet + "', row " + (hr + 1),
              list.columns().get(kd).source(),
              "the list has no '" + list.columns().get(kd).source() + "' column",
              "the " + list.description().replace(".", "") + " list to carry it");
        }
      }
      tables.add(list);
      rows.putIfAbsent(list, 0);
      for (int rr = hr + 1; rr < all.size(); rr++) {
        Row row = all.get(rr);
        Object[] values = new Object[list.columns().size()];
        boolean any = false;
        for (int c = 0; c < target.length && c < row.getCellCount(); c++) {
          if (target[c] < 0) {
            continue;
          }
          Cell cell = row.getCell(c);
          if (cell == null
              || cell.getType() == CellType.EMPTY
              || cell.getRawValue() == null
              || cell.getRawValue().isBlank()) {
            continue;
          }
          Column col = list.columns().get(target[c]);
          String where = "sheet '" + sheet + "', row " + (rr + 1);
          Object v = value(col, cell, file, where, headers.get(c).strip(), findings);
          if (v instanceof LocalDate d
              && !col.name().endsWith("birth_date")
              && (latest[0] == null || d.isAfter(latest[0]))) {
            latest[0] = d;
          }
          values[target[c]] = v;
          any = true;
        }
        if (!any || values[idIndex] == null) {
          continue; // blank or trailing rows
        }
        sink.row(list, values);
        rows.merge(list, 1, Integer::sum);
      }
      return;
    }
    findings.add(
        new Finding(
            FindingType.IGNORED_FIELD,
            file,
            "sheet '" + sheet + "'",
            sheet,
            null,
            "the sheet's columns match none of lists 1 to 11"));
  }

  /** The list whose key column the headers name, preferring the one that explains most. */
  static Table recognise(List<String> headers) {
    Table best = null;
    int bestCount = 0;
    for (Table t : Table.values()) {
      if (t.kind() != ReturnKind.ANNEX_A) {
        continue;
      }
      int key = t.indexOf(KEY.get(t));
      boolean hasKey = false;
      int count = 0;
      for (String h : headers) {
        int m = match(t, h);
        if (m >= 0) {
          count++;
          hasKey |= m == key;
        }
      }
      if (hasKey && count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    return bestCount >= 2 ? best : null;
  }

  private static Object value(
      Column col, Cell cell, String file, String where, String header, Findings findings) {
    String raw = cell.getRawValue();
    String text = cell.getType() == CellType.STRING ? cell.asString() : raw;
    text = text == null ? null : LETTER.matcher(text.strip()).replaceFirst("");
    try {
      switch (col.type()) {
        case DATE -> {
          if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return EXCEL_EPOCH.plusDays(n.longValue());
          }
          return Values.ukDate(text).value();
        }
        case BOOLEAN -> {
          String t = text.toLowerCase(Locale.ROOT);
          if (t.isEmpty() || t.startsWith("unknown") || t.equals("n/a")) {
            return null;
          }
          if (col.name().equals("accommodation_suitable")) {
            return t.startsWith("suitable")
                ? Boolean.TRUE
                : t.startsWith("unsuitable") ? Boolean.FALSE : Values.flag(t);
          }
          return Values.flag(t.split("\\s")[0]);
        }
        case INTEGER -> {
          return cell.getType() == CellType.NUMBER
              ? cell.asNumber().intValue()
              : Values.integer(text);
        }
        case DECIMAL -> {
          return cell.getType() == CellType.NUMBER
              ? cell.asNumber().doubleValue()
              : Double.valueOf(text);
        }
        case TEXT -> {
          if (col.name().equals("sex")) {
            String t = text.toLowerCase(Locale.ROOT);
            return t.startsWith("m") ? "M" : t.startsWith("f") ? "F" : "U";
          }
          if (CODES.contains(col.name())) {
            String first = text.split("[\\s:\\-]+")[0].toUpperCase(Locale.ROOT);
            return first.matches("[A-Z0-9]{1,4}") ? first : Values.text(text);
          }
          return Values.text(text);
        }
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      findings.add(
          new Finding(
              FindingType.UNREADABLE_VALUE,
              file,
              where,
              header,
              PersonalFields.shown(col.name(), text),
              "expected " + expected(col) + "; left empty"));
      return null;
    }
    return text;
  }

  private static String expected(Column col) {
    return switch (col.type()) {
      case DATE -> "a date (a date cell, or dd/mm/yyyy)";
      case BOOLEAN -> "yes or no";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number";
      case TEXT -> "text";
    };
  }
}
