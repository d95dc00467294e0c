package org.caseflow.ingest.provider;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caseflow.domain.schema.Table;
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
import org.caseflow.ingest.annexa.CellValue;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an Ofsted list of children's social care providers into {@link Table#OFSTED_PROVIDER}, one
 * row per provider.
 *
 * <p>Each sheet whose header row (in its first {@value #SEARCHED_ROWS} rows) is a provider list's
 * (see {@link ProviderHeader}) is read; other sheets (covers, notes, charts) are passed over with a
 * finding. The layout is told from the sheet's headings: the combined management information layout
 * has a provider subtype, a sector or the organisation which owns the provider; the separate lists
 * have none of them. The scope is told from its rows: children's homes when every provider on the
 * sheet is one (or, without a provider type column, when its title or sheet name says children's
 * homes), otherwise social care providers. A list is its date and scope: a later import of the same
 * date and scope replaces it.
 *
 * <p>The list's date is the date its title gives ("... as at 31 March 2025"), in the rows above the
 * header or on another sheet (a cover sheet); failing that, a date written in the title rows. A
 * list that says no date is dated the 31 March ending the collection year given with {@code
 * --year}, or refused. The list is national: it names no council, and the council comes from the
 * {@link ReadContext}.
 */
public final class ProviderListReader implements ReturnReader {
  /** The rows of a sheet searched for its header row. */
  public static final int SEARCHED_ROWS = 30;

  private static final String EXPECTED_WORKBOOK =
      "an Ofsted provider list saved as Excel .xlsx (Office Open XML)";
  private static final Pattern AS_AT =
      Pattern.compile("\\b(?:as at|as of|as on|at)\\b[:\\s]*(.*)", Pattern.CASE_INSENSITIVE);

  private static final Table TABLE = Table.OFSTED_PROVIDER;

  /** Creates the reader. */
  public ProviderListReader() {}

  @Override
  public Format format() {
    return Format.OFSTED_PROVIDERS_XLSX;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    List<SheetReader> read = new ArrayList<>();
    List<String> otherTexts = new ArrayList<>();
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
            new SheetReader(name, sheet.getName(), workbook.isDate1904(), findings);
        try (Stream<Row> stream = sheet.openStream()) {
          reader.read(stream.iterator());
        } catch (IOException | RuntimeException e) {
          throw notAWorkbook(name, e);
        }
        if (reader.header == null) {
          otherTexts.addAll(reader.titles);
          findings.add(
              new Finding(
                  FindingType.IGNORED_FIELD,
                  name,
                  "sheet '" + sheet.getName() + "'",
                  sheet.getName(),
                  null,
                  "the sheet has no header row of an Ofsted provider list and was not read"));
        } else {
          read.add(reader);
        }
      }
    }
    if (read.isEmpty()) {
      throw new InputException(
          name,
          "the workbook",
          "-",
          "no sheet has the header row of an Ofsted provider list (a URN column with the list's"
              + " other columns) in its first "
              + SEARCHED_ROWS
              + " rows",
          "an Ofsted list of children's homes or of social care providers, with its headings");
    }
    LocalDate date = listDate(read, otherTexts);
    if (date == null) {
      if (context.year() == null) {
        throw new InputException(
            name,
            "the title rows",
            "-",
            "the provider list does not say the date it describes (no 'as at' date in its title)",
            "a title such as 'Children's homes as at 31 March 2025' above the headings, or --year"
                + " to date the list at the 31 March ending that collection year");
      }
      date = context.year().end();
      findings.add(
          new Finding(
              FindingType.NORMALISED_VALUE,
              name,
              "the title rows",
              "list date",
              null,
              "the list does not say its date; dated "
                  + date
                  + ", the end of the collection year given"));
    }
    int n = 0;
    int dateIndex = TABLE.indexOf("list_date");
    for (SheetReader r : read) {
      String scope = r.scope();
      for (int i = 0; i < r.rows.size(); i++) {
        Object[] values = r.rows.get(i);
        values[dateIndex] = date;
        values[TABLE.indexOf("list_scope")] = scope;
        values[TABLE.indexOf("list_key")] = date + " " + scope;
        values[TABLE.indexOf("list_layout")] = r.header.combined() ? "combined" : "separate";
        sink.row(TABLE, values, r.unreadable.get(i));
        n++;
      }
    }
    return new ReadResult(
        Format.OFSTED_PROVIDERS_XLSX,
        context.la(),
        context.year(),
        Set.of(TABLE),
        Map.of(TABLE, n),
        date);
  }

  /** The date the list's title gives: an "as at" date first, then any date in the title rows. */
  static LocalDate listDate(List<SheetReader> read, List<String> otherTexts) {
    List<String> titles = new ArrayList<>();
    for (SheetReader r : read) {
      titles.addAll(r.titles);
    }
    for (List<String> texts : List.of(titles, otherTexts)) {
      for (String t : texts) {
        Matcher m = AS_AT.matcher(t);
        while (m.find()) {
          LocalDate d = ProviderValues.textDate(m.group(1), false);
          if (d != null) {
            return d;
          }
        }
      }
    }
    for (SheetReader r : read) {
      if (r.labelledDate != null) {
        return r.labelledDate;
      }
    }
    for (String t : titles) {
      LocalDate d = ProviderValues.textDate(t, false);
      if (d != null) {
        return d;
      }
    }
    return null;
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

  /** The cells of a row as text. */
  static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      out.add(CellValue.of(row.getCell(i)).text());
    }
    return out;
  }

  /**
   * Reads one sheet: its title rows, its header row, then its rows, kept until the date is known.
   */
  static final class SheetReader {
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final Findings findings;
    final List<String> titles = new ArrayList<>();
    final List<Object[]> rows = new ArrayList<>();
    final List<Set<String>> unreadable = new ArrayList<>();
    ProviderHeader header;
    LocalDate labelledDate;
    private boolean allHomes = true;

    SheetReader(String file, String sheet, boolean date1904, Findings findings) {
      this.file = file;
      this.sheet = sheet;
      this.date1904 = date1904;
      this.findings = findings;
      titles.add(sheet);
    }

    void read(Iterator<Row> it) throws InputException {
      int seen = 0;
      while (it.hasNext()) {
        Row row = it.next();
        if (++seen > Limits.MAX_SHEET_ROWS) {
          throw Limits.tooManyRows(file, sheet);
        }
        if (header == null) {
          if (row.getRowNum() > SEARCHED_ROWS) {
            return;
          }
          List<String> texts = texts(row);
          ProviderHeader recognised = ProviderHeader.recognise(texts);
          if (recognised != null) {
            header = recognised;
            for (String ignored : recognised.ignored()) {
              findings.add(
                  new Finding(
                      FindingType.IGNORED_FIELD,
                      file,
                      location(row.getRowNum()),
                      ignored,
                      null,
                      "not a column of an Ofsted provider list that caseflow reads"));
            }
          } else {
            title(row, texts);
          }
        } else {
          data(row);
        }
      }
    }

    private void title(Row row, List<String> texts) {
      String joined = String.join(" ", texts).strip();
      if (!joined.isEmpty()) {
        titles.add(joined);
      }
      // "Date of list" | 31/03/2025 held as an Excel date beside its label
      for (int i = 0; i + 1 < texts.size() && labelledDate == null; i++) {
        String label = ProviderHeader.normalise(texts.get(i));
        CellValue next = CellValue.of(row.getCell(i + 1));
        if ((label.contains("date") || label.startsWith("as at")) && next.number() != null) {
          labelledDate = ProviderValues.serial(next.number(), date1904);
        }
      }
    }

    private void data(Row row) throws InputException {
      Object[] values = new Object[TABLE.columns().size()];
      Set<String> bad = new HashSet<>();
      boolean any = false;
      String location = location(row.getRowNum());
      List<Finding> pending = new ArrayList<>();
      for (Map.Entry<Integer, String> e : header.columns().entrySet()) {
        int i = e.getKey();
        String column = e.getValue();
        CellValue cell = i < row.getCellCount() ? CellValue.of(row.getCell(i)) : CellValue.EMPTY;
        if (cell.isEmpty()) {
          continue;
        }
        any = true;
        int index = TABLE.indexOf(column);
        String field = header.headers().get(i);
        if (cell.text().length() > Limits.MAX_FIELD_CHARS) {
          throw Limits.tooLong(file, location, field, cell.text().length());
        }
        Object value;
        String expected = null;
        switch (column) {
          case "registration_date", "closure_date" -> {
            value = ProviderValues.date(cell, date1904);
            expected = ProviderValues.EXPECTED_DATE;
          }
          case "places" -> {
            value = ProviderValues.integer(cell);
            expected = ProviderValues.EXPECTED_INTEGER;
          }
          case "urn" -> value = ProviderValues.urn(cell);
          case "postcode" -> value = ProviderValues.postcode(cell);
          default -> value = cell.text().strip();
        }
        if (value == null) {
          bad.add(field);
          pending.add(
              new Finding(
                  FindingType.UNREADABLE_VALUE,
                  file,
                  location,
                  field,
                  cell.text(),
                  "expected " + expected + "; left empty"));
        }
        values[index] = value;
      }
      if (!any) {
        return;
      }
      pending.forEach(findings::add);
      int urn = TABLE.indexOf("urn");
      if (values[urn] == null) {
        findings.add(
            new Finding(
                FindingType.MISSING_REQUIRED_FIELD,
                file,
                location,
                header.headers().entrySet().stream()
                    .filter(e -> header.columns().get(e.getKey()).equals("urn"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse("URN"),
                null,
                "every provider on the list needs its URN"));
      }
      int type = TABLE.indexOf("provider_type");
      if (!header.has("provider_type") && titleSaysHomes()) {
        values[type] = "Children's home";
      }
      if (!(values[type] instanceof String t && isHome(t))) {
        allHomes = false;
      }
      values[TABLE.indexOf("la_code")] =
          LaCodes.code((String) values[TABLE.indexOf("local_authority")]);
      rows.add(values);
      unreadable.add(Set.copyOf(bad));
    }

    /** Children's homes when every provider on the sheet is one, else social care providers. */
    String scope() {
      return allHomes && !rows.isEmpty() ? "childrens_homes" : "social_care_providers";
    }

    private boolean titleSaysHomes() {
      return titles.stream().anyMatch(t -> isHome(t));
    }

    private static boolean isHome(String text) {
      String n = ProviderHeader.normalise(text);
      return n.contains("children s home") || n.contains("childrens home");
    }

    private String location(int rowNumber) {
      return "sheet '" + sheet + "', row " + rowNumber;
    }
  }
}
