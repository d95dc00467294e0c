package org.caseflow.ingest.annexa;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;
import org.caseflow.ingest.PersonalFields;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;
import org.caseflow.ingest.annexa.Values.Converted;
import org.caseflow.ingest.annexa.Values.Outcome;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads Ofsted's Annex A workbook into the AA_* tables, one table per list.
 *
 * <p>Each sheet is recognised as a list by its header row, the first row (of the first {@value
 * HeaderRow#SEARCHED_ROWS}) whose cells are known headers of a list; sheet names and title rows
 * above the header do not matter. Headers are matched without regard to case, spacing and
 * punctuation, and with the variants councils' systems export. Values are normalised: {@code a)
 * Male} to M, {@code a) Yes} to true, lettered options to their codes, dates from Excel date cells,
 * serial numbers or text. The workbook names neither the council nor the year: both come from the
 * {@link ReadContext}.
 */
public final class AnnexAReader implements ReturnReader {
  private static final String EXPECTED_WORKBOOK =
      "an Annex A workbook saved as Excel .xlsx (Office Open XML)";

  /** Creates the reader. */
  public AnnexAReader() {}

  @Override
  public Format format() {
    return Format.ANNEX_A_XLSX;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    Set<Table> tables = EnumSet.noneOf(Table.class);
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    LocalDate latest = null;
    Limits.checkWorkbook(file);
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = open(name, in)) {
      List<Sheet> sheets;
      try {
        sheets = workbook.getSheets().toList();
      } catch (RuntimeException e) {
        throw notAWorkbook(name, e);
      }
      for (Sheet sheet : sheets) {
        SheetReader reader =
            new SheetReader(name, sheet.getName(), workbook.isDate1904(), sink, findings);
        try (Stream<Row> stream = sheet.openStream()) {
          reader.read(stream.iterator());
        } catch (IOException | RuntimeException e) {
          throw notAWorkbook(name, e);
        }
        if (reader.list() == null) {
          findings.add(
              new Finding(
                  FindingType.IGNORED_FIELD,
                  name,
                  "sheet '" + sheet.getName() + "'",
                  sheet.getName(),
                  null,
                  "the sheet has no header row of an Annex A list (1 to 11) and was not read"));
          continue;
        }
        Table table = reader.list().table();
        tables.add(table);
        rows.merge(table, reader.rows(), Integer::sum);
        if (reader.latest() != null && (latest == null || reader.latest().isAfter(latest))) {
          latest = reader.latest();
        }
      }
    }
    return new ReadResult(Format.ANNEX_A_XLSX, context.la(), context.year(), tables, rows, latest);
  }

  private static ReadableWorkbook open(String name, InputStream in)
      throws InputException, IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(8);
    byte[] head = buffered.readNBytes(8);
    buffered.reset();
    if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
      throw new InputException(
          name,
          "the file",
          "-",
          "the file is an old-style Excel .xls workbook, or an encrypted (password-protected)"
              + " one",
          EXPECTED_WORKBOOK + ", without a password");
    }
    try {
      return new ReadableWorkbook(buffered);
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(name, e);
    }
  }

  private static InputException notAWorkbook(String name, Exception cause) {
    return new InputException(
        name,
        "the file",
        "-",
        "the file is not a readable Excel workbook (it may be damaged, truncated or another"
            + " kind of file)",
        EXPECTED_WORKBOOK,
        cause);
  }

  /** Reads one sheet: finds its header row, then writes a canonical row for each data row. */
  private static final class SheetReader {
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final RowSink sink;
    private final Findings findings;
    private HeaderRow header;
    private int rows;
    private int seen;
    private LocalDate latest;

    SheetReader(String file, String sheet, boolean date1904, RowSink sink, Findings findings) {
      this.file = file;
      this.sheet = sheet;
      this.date1904 = date1904;
      this.sink = sink;
      this.findings = findings;
    }

    AnnexAList list() {
      return header == null ? null : header.list();
    }

    int rows() {
      return rows;
    }

    LocalDate latest() {
      return latest;
    }

    void read(Iterator<Row> it) throws InputException {
      while (it.hasNext()) {
        Row row = it.next();
        if (++seen > Limits.MAX_SHEET_ROWS) {
          throw Limits.tooManyRows(file, sheet);
        }
        if (header == null) {
          if (row.getRowNum() > HeaderRow.SEARCHED_ROWS) {
            return;
          }
          HeaderRow recognised = HeaderRow.recognise(texts(row), row.getRowNum());
          if (recognised != null) {
            accept(recognised);
          }
        } else {
          data(row);
        }
      }
    }

    private void accept(HeaderRow recognised) throws InputException {
      String location = location(recognised.rowNumber());
      if (!recognised.missing().isEmpty()) {
        String column = recognised.missing().get(0);
        String expected = recognised.list().header(column);
        throw new InputException(
            file,
            location,
            expected,
            "the header row of " + recognised.list().label() + " has no '" + expected + "' column",
            "a column headed '" + expected + "' (or a known variant of it)");
      }
      for (Map.Entry<String, String> ignored : recognised.ignored().entrySet()) {
        findings.add(
            new Finding(
                FindingType.IGNORED_FIELD,
                file,
                location,
                ignored.getKey(),
                null,
                ignored.getValue()));
      }
      header = recognised;
    }

    private void data(Row row) throws InputException {
      Table table = header.list().table();
      Object[] values = new Object[table.columns().size()];
      boolean any = false;
      String location = location(row.getRowNum());
      List<Finding> pending = new ArrayList<>();
      boolean[] unreadable = new boolean[values.length];
      for (Map.Entry<Integer, Integer> e : header.columns().entrySet()) {
        int sheetColumn = e.getKey();
        Column column = table.columns().get(e.getValue());
        CellValue cell =
            sheetColumn < row.getCellCount() ? CellValue.of(row.getCell(sheetColumn)) : null;
        if (cell == null || cell.isEmpty()) {
          continue;
        }
        if (cell.text().length() > Limits.MAX_FIELD_CHARS) {
          throw Limits.tooLong(
              file, location, header.headers().get(sheetColumn), cell.text().length());
        }
        any = true;
        Converted converted = Values.convert(column, cell, date1904);
        values[e.getValue()] = converted.value();
        String field = header.headers().get(sheetColumn);
        if (converted.outcome() == Outcome.UNREADABLE) {
          unreadable[e.getValue()] = true;
          pending.add(
              new Finding(
                  FindingType.UNREADABLE_VALUE,
                  file,
                  location,
                  field,
                  PersonalFields.shown(column.name(), cell.text()),
                  "expected " + converted.expected() + "; left empty"));
        } else if (converted.outcome() == Outcome.NORMALISED) {
          pending.add(
              new Finding(
                  FindingType.NORMALISED_VALUE,
                  file,
                  location,
                  field,
                  PersonalFields.shown(column.name(), cell.text()),
                  "read as '"
                      + (PersonalFields.isPersonal(column.name())
                          ? "a normalised value"
                          : converted.value())
                      + "'"));
        }
        if (converted.value() instanceof LocalDate d && isEventDate(column)) {
          if (latest == null || d.isAfter(latest)) {
            latest = d;
          }
        }
      }
      if (!any) {
        return; // a blank row, or one with values only in columns not read
      }
      for (Finding f : pending) {
        findings.add(f);
      }
      for (String required : header.list().required()) {
        int index = table.indexOf(required);
        if (values[index] == null && !unreadable[index]) {
          findings.add(
              new Finding(
                  FindingType.MISSING_REQUIRED_FIELD,
                  file,
                  location,
                  header.headerOf(index),
                  null,
                  "every row of " + header.list().label() + " needs a value here"));
        }
      }
      sink.row(table, values);
      rows++;
    }

    private String location(int rowNumber) {
      return "sheet '" + sheet + "', row " + rowNumber;
    }

    private static boolean isEventDate(Column column) {
      return !PersonalFields.isPersonal(column.name());
    }

    private static List<String> texts(Row row) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < row.getCellCount(); i++) {
        out.add(CellValue.of(row.getCell(i)).text());
      }
      return out;
    }
  }
}
